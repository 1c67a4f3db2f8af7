package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.sandbox.StoredItems;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.view.ItemView;

/** createMeeting, findMeetings and cancelMeeting against the sandbox, through the real EWS client inside the component. */
class CreateMeetingTest extends EwsSandboxTestSupport {

    private static final String EVENT_PROPERTY_SET = "6f1c3a52-8d4e-4b7a-9c15-2e0d7f4b8a31";
    private static final String OTHER_PROPERTY_SET = "0b9d4f7e-2c61-4e3a-8f55-91a7c3d2e604";
    private static final String MARKED_BY = "markerPropertySet=" + OTHER_PROPERTY_SET + "&markerPropertyName=CourseSessionId";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(ews("createMeeting"));
                from("direct:find").to(ews("findMeetings"));
                from("direct:create-marked").to(ews("createMeeting", MARKED_BY));
                from("direct:find-marked").to(ews("findMeetings", MARKED_BY));
                from("direct:cancel").to(ews("cancelMeeting"));
            }
        };
    }

    @Test
    void createsOneMeetingAndSendsEachAttendeeOneInvitation() {
        CreatedMeeting created = template.requestBody("direct:create", meeting("E-1", "Europe/Kyiv", ANNA, BEN),
                CreatedMeeting.class);

        ItemView stored = sandbox.meeting("Event E-1");
        assertThat(sandbox.meetings()).singleElement().extracting(ItemView::id).isEqualTo(created.itemId());
        assertThat(created.eventId()).isEqualTo("E-1");
        assertThat(created.uid()).isNotBlank().isEqualTo(stored.uid());
        assertThat(created.changeKey()).isEqualTo(StoredItems.item(sandbox, created.itemId()).changeKey());
        assertThat(stored.subject()).isEqualTo("Event E-1");
        assertThat(stored.body()).isEqualTo("Bring safety shoes");
        assertThat(stored.location()).isEqualTo("Training room 2");
        assertThat(stored.start()).isEqualTo(START);
        assertThat(stored.end()).isEqualTo(END);
        assertThat(stored.attendees()).extracting(a -> a.address()).containsExactly(ANNA, BEN);
        for (String learner : new String[] {ANNA, BEN}) {
            assertThat(sandbox.received(learner)).singleElement().satisfies(request -> {
                assertThat(request.meetingRequestType()).isEqualTo("NewMeetingRequest");
                assertThat(request.uid()).isEqualTo(created.uid());
                assertThat(request.start()).isEqualTo(START);
            });
        }
    }

    @Test
    void tagsTheMeetingWithItsEventIdInTheComponentsOwnPropertyByDefault() {
        CreatedMeeting created = template.requestBody("direct:create", meeting("E-2", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);

        assertThat(StoredItems.item(sandbox, created.itemId()).extendedProperties).singleElement().satisfies(p -> {
            assertThat(p.key().propertySetId()).isEqualToIgnoringCase(EVENT_PROPERTY_SET);
            assertThat(p.key().propertyName()).isEqualTo("EventId");
            assertThat(p.value()).isEqualTo("E-2");
        });
    }

    @Test
    void theMarkerPropertyIsAnOptionAndFindMeetingsLooksForTheSameOne() {
        CreatedMeeting marked = template.requestBody("direct:create-marked", meeting("E-3", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);
        template.requestBody("direct:create", meeting("E-3", "Europe/Kyiv", BEN), CreatedMeeting.class);

        assertThat(StoredItems.item(sandbox, marked.itemId()).extendedProperties).singleElement().satisfies(p -> {
            assertThat(p.key().propertySetId()).isEqualToIgnoringCase(OTHER_PROPERTY_SET);
            assertThat(p.key().propertyName()).isEqualTo("CourseSessionId");
            assertThat(p.value()).isEqualTo("E-3");
        });
        // each endpoint finds only the meeting marked its way
        assertThat(itemIds(template.requestBody("direct:find-marked", "E-3", List.class)))
                .containsExactly(marked.itemId());
        assertThat(itemIds(template.requestBody("direct:find", "E-3", List.class)))
                .singleElement().isNotEqualTo(marked.itemId());
    }

    private static List<String> itemIds(List<?> meetings) {
        return meetings.stream().map(m -> ((CreatedMeeting) m).itemId()).toList();
    }

    /** The first three are zones ews-java-api's own table cannot map ("Invalid TimeZone"); the last one it can. */
    @ParameterizedTest
    @CsvSource({
            "Europe/Kyiv, FLE Standard Time",
            "America/Nuuk, Greenland Standard Time",
            "Asia/Yangon, Myanmar Standard Time",
            "America/New_York, Eastern Standard Time"})
    void sendsTheEventsZoneAsItsWindowsId(String ianaZone, String windowsZone) {
        CreatedMeeting created = template.requestBody("direct:create", meeting("Z-" + ianaZone, ianaZone, ANNA),
                CreatedMeeting.class);

        MailItem stored = StoredItems.item(sandbox, created.itemId());
        assertThat(stored.startTimeZone.id()).isEqualTo(windowsZone);
        assertThat(stored.endTimeZone.id()).isEqualTo(windowsZone);
        assertThat(stored.start).isEqualTo(START);
        assertThat(stored.end).isEqualTo(END);
    }

    @Test
    void findsTheMeetingCreatedForAnEvent() {
        CreatedMeeting created = template.requestBody("direct:create", meeting("E-3", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);
        template.requestBody("direct:create", meeting("E-4", "Europe/Kyiv", BEN));

        assertThat(found("E-3")).singleElement().satisfies(found -> {
            assertThat(found.eventId()).isEqualTo("E-3");
            assertThat(found.itemId()).isEqualTo(created.itemId());
            assertThat(found.uid()).isEqualTo(created.uid());
        });
    }

    @Test
    void findsEveryMeetingOfAnEventTheEarliestCreatedFirst() {
        CreatedMeeting first = template.requestBody("direct:create", meeting("E-7", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);
        template.requestBody("direct:create", meeting("E-8", "Europe/Kyiv", ANNA));
        CreatedMeeting second = template.requestBody("direct:create", meeting("E-7", "Europe/Kyiv", ANNA),
                CreatedMeeting.class);

        assertThat(found("E-7")).extracting(CreatedMeeting::uid).containsExactly(first.uid(), second.uid());
    }

    @Test
    void findsNothingForAnEventWithoutMeeting() {
        template.requestBody("direct:create", meeting("E-5", "Europe/Kyiv", ANNA));

        assertThat(found("E-6")).isEmpty();
    }

    @Test
    void cancelsOneMeetingTellingItsAttendeesWithTheText() {
        CreatedMeeting kept = template.requestBody("direct:create", meeting("E-9", "Europe/Kyiv", ANNA, BEN),
                CreatedMeeting.class);
        CreatedMeeting second = template.requestBody("direct:create", meeting("E-9", "Europe/Kyiv", ANNA, BEN),
                CreatedMeeting.class);

        template.requestBodyAndHeader("direct:cancel", second, EwsConstants.CANCELLATION_TEXT, "Sent twice, sorry");

        assertThat(sandbox.meetings()).extracting(ItemView::uid).containsExactly(kept.uid());
        assertThat(found("E-9")).containsExactly(kept);
        for (String learner : new String[] {ANNA, BEN}) {
            assertThat(sandbox.received(learner)).filteredOn(ItemView::cancelled).singleElement().satisfies(mail -> {
                assertThat(mail.uid()).isEqualTo(second.uid());
                assertThat(mail.body()).isEqualTo("Sent twice, sorry");
            });
        }
    }

    private List<CreatedMeeting> found(String eventId) {
        List<Object> found = template.requestBody("direct:find", eventId, List.class);
        return found.stream().map(CreatedMeeting.class::cast).toList();
    }
}
