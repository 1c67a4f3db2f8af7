package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.MeetingUpdate;
import org.lmsexchange.sandbox.StoredItems;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;
import org.lmsexchange.sandbox.view.AttendeeView;
import org.lmsexchange.sandbox.view.ItemView;

/** updateMeeting against the sandbox: what the organizer's meeting and each learner's mailbox hold afterwards. */
class UpdateMeetingTest extends EwsSandboxTestSupport {

    private static final Instant MOVED_START = START.plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
    private static final Instant MOVED_END = MOVED_START.plus(Duration.ofHours(2));
    private static final String TRAINER = "trainer@example.com";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:update").to(ews("updateMeeting"));
            }
        };
    }

    @Test
    void setsEveryFieldInTheNewZoneAndSendsEachAttendeeOneUpdate() {
        CreatedMeeting created = createdMeeting("U-1", ANNA, BEN);

        CreatedMeeting updated = update(new MeetingUpdate(created, "Sicherheitsschulung – Übung für Anfänger",
                "Bitte Sicherheitsschuhe mitbringen ✓", "Raum Zürich", MOVED_START, MOVED_END, "America/New_York"));

        MailItem stored = StoredItems.item(sandbox, created.itemId());
        assertThat(stored.subject).isEqualTo("Sicherheitsschulung – Übung für Anfänger");
        assertThat(stored.body).isEqualTo("Bitte Sicherheitsschuhe mitbringen ✓");
        assertThat(stored.location).isEqualTo("Raum Zürich");
        assertThat(stored.start).isEqualTo(MOVED_START);
        assertThat(stored.end).isEqualTo(MOVED_END);
        assertThat(stored.startTimeZone.id()).isEqualTo("Eastern Standard Time");
        assertThat(stored.endTimeZone.id()).isEqualTo("Eastern Standard Time");
        assertThat(stored.allAttendees()).extracting(a -> a.mailbox().address()).containsExactly(ANNA, BEN);
        assertThat(updated).isEqualTo(new CreatedMeeting("U-1", created.itemId(), stored.changeKey(), created.uid()));
        assertThat(updated.changeKey()).isNotEqualTo(created.changeKey());
        for (String learner : List.of(ANNA, BEN)) {
            assertThat(mailOf(learner)).containsExactly("NewMeetingRequest", "FullUpdate");
            assertThat(sandbox.received(learner)).last().satisfies(update -> {
                assertThat(update.uid()).isEqualTo(created.uid());
                assertThat(update.subject()).isEqualTo("Sicherheitsschulung – Übung für Anfänger");
                assertThat(update.start()).isEqualTo(MOVED_START);
                assertThat(update.location()).isEqualTo("Raum Zürich");
            });
        }
        assertThat(mailOf(CARLA)).isEmpty();
    }

    @Test
    void aNewTimeAsksEveryAttendeeToAnswerAgain() {
        CreatedMeeting created = createdMeeting("U-2", ANNA, BEN);
        sandbox.learner(ANNA).accept(created.uid());
        sandbox.learner(BEN).decline(created.uid());

        update(new MeetingUpdate(created, "Event U-2", "Bring safety shoes", "Training room 2", MOVED_START,
                MOVED_END, "Europe/Kyiv"));

        assertThat(sandbox.meeting("Event U-2").attendees()).extracting(AttendeeView::responseType)
                .containsOnly(ResponseType.NoResponseReceived);
    }

    /** The answers recorded since the meeting was created changed its ChangeKey: the update still goes through. */
    @Test
    void aNewTitleKeepsTheAnswersRecordedSince() {
        CreatedMeeting created = createdMeeting("U-3", ANNA, BEN);
        sandbox.learner(ANNA).accept(created.uid());

        CreatedMeeting updated = update(new MeetingUpdate(created, "Event U-3 (advanced)", "Bring safety shoes",
                "Training room 2", START, END, "Europe/Kyiv"));

        ItemView meeting = sandbox.meeting("Event U-3 (advanced)");
        assertThat(meeting.attendee(ANNA).responseType()).isEqualTo(ResponseType.Accept);
        assertThat(meeting.attendee(BEN).responseType()).isEqualTo(ResponseType.NoResponseReceived);
        assertThat(updated.changeKey()).isEqualTo(StoredItems.item(sandbox, created.itemId()).changeKey());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "InformationalUpdate");
    }

    @Test
    void anEditMadeInOutlookSinceIsKeptAndTheLmsChangeAppliedOnTop() throws Exception {
        CreatedMeeting created = createdMeeting("U-4", ANNA, BEN);
        OrganizersOutlook outlook = new OrganizersOutlook(sandbox);
        outlook.addOptionalAttendee(created, TRAINER);
        outlook.moveTo(created, "Room 9");

        CreatedMeeting updated = update(new MeetingUpdate(created, "Event U-4", "Bring safety shoes",
                "Training room 5", MOVED_START, MOVED_END, "Europe/Kyiv"));

        MailItem stored = StoredItems.item(sandbox, created.itemId());
        assertThat(stored.location).as("the LMS's location wins where both changed it").isEqualTo("Training room 5");
        assertThat(stored.start).isEqualTo(MOVED_START);
        assertThat(stored.requiredAttendees).extracting(a -> a.mailbox().address()).containsExactly(ANNA, BEN);
        assertThat(stored.optionalAttendees).extracting(a -> a.mailbox().address()).containsExactly(TRAINER);
        assertThat(updated.changeKey()).isEqualTo(stored.changeKey());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "FullUpdate");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest", "FullUpdate");
        assertThat(mailOf(TRAINER)).containsExactly("NewMeetingRequest", "FullUpdate");
    }

    @Test
    void aSecondEditWhileTheChangeIsAppliedAgainFailsTheRequest() throws Exception {
        CreatedMeeting created = createdMeeting("U-5", ANNA);
        OrganizersOutlook outlook = new OrganizersOutlook(sandbox);
        outlook.moveTo(created, "Room 9");
        // the first UpdateItem goes through at once (and meets the first edit); the second is held until released
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("UpdateItem").delay(Duration.ZERO));
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("UpdateItem"));

        CompletableFuture<CreatedMeeting> result = template.asyncRequestBody("direct:update", new MeetingUpdate(
                created, "Event U-5", "Bring safety shoes", "Training room 5", MOVED_START, MOVED_END, "Europe/Kyiv"),
                CreatedMeeting.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sandbox.faults().pending().isEmpty() && sandbox.faults().held() == 1);
        outlook.moveTo(created, "Room 10");
        sandbox.faults().clear();

        assertThat(result).failsWithin(Duration.ofSeconds(20)).withThrowableOfType(ExecutionException.class)
                .satisfies(failure -> {
                    EwsCallException e = ewsFailure(failure);
                    assertThat(e).isNotInstanceOf(MeetingNotFoundException.class);
                    assertThat(e.getResponseCode()).isEqualTo("ErrorIrresolvableConflict");
                    assertThat(e.scope()).isEqualTo(FailureScope.REQUEST);
                });
        MailItem stored = StoredItems.item(sandbox, created.itemId());
        assertThat(stored.location).isEqualTo("Room 10");
        assertThat(stored.start).isEqualTo(START);
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
    }

    /** A refused UpdateItem changed nothing: trying it again sends each attendee one update, not two. */
    @Test
    void aBusyExchangeIsWaitedOutAndEachAttendeeGetsOneUpdate() {
        CreatedMeeting created = createdMeeting("U-7", ANNA, BEN);
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_RESPONSE, 2).onlyFor("UpdateItem")
                .backOff(Duration.ofMillis(10)));

        CreatedMeeting updated = update(new MeetingUpdate(created, "Event U-7", "Bring safety shoes",
                "Training room 5", START, END, "Europe/Kyiv"));

        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(updated.changeKey()).isEqualTo(StoredItems.item(sandbox, created.itemId()).changeKey());
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "InformationalUpdate");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest", "InformationalUpdate");
    }

    /**
     * A route that crashed after Exchange applied its update, before recording it, sends the update again with the
     * ChangeKey it recorded before: nobody gets a second update. The body's CR LF line breaks come back as the
     * sandbox stores them (LF, as an XML parser reads them) and still count as the same body.
     */
    @Test
    void theSameUpdateSentAgainMailsNobody() {
        CreatedMeeting created = createdMeeting("U-8", ANNA, BEN);
        MeetingUpdate moved = new MeetingUpdate(created, "Event U-8", "Bring safety shoes\r\nand gloves\r\n",
                "Training room 2", MOVED_START.plusMillis(250), MOVED_END, "Europe/Kyiv");
        CreatedMeeting first = update(moved);
        assertThat(StoredItems.item(sandbox, created.itemId()).body).isEqualTo("Bring safety shoes\nand gloves\n");
        long updateItemsBefore = sandbox.counters().snapshot().requests("UpdateItem");

        CreatedMeeting again = update(moved);

        assertThat(sandbox.counters().snapshot().requests("UpdateItem")).isEqualTo(updateItemsBefore).isEqualTo(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.changeKey()).isEqualTo(StoredItems.item(sandbox, created.itemId()).changeKey());
        for (String learner : List.of(ANNA, BEN)) {
            assertThat(mailOf(learner)).containsExactly("NewMeetingRequest", "FullUpdate");
        }
    }

    /** Kyiv and Helsinki are one Windows zone ("FLE Standard Time"): the meeting would not change. */
    @Test
    void aZoneWithTheSameWindowsZoneMailsNobody() {
        CreatedMeeting created = createdMeeting("U-9", ANNA);

        CreatedMeeting updated = update(new MeetingUpdate(created, "Event U-9", "Bring safety shoes",
                "Training room 2", START, END, "Europe/Helsinki"));

        assertThat(sandbox.counters().snapshot().requests("UpdateItem")).isZero();
        assertThat(updated).isEqualTo(created);
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
    }

    @Test
    void anUpdateThatDiffersOnlyInTheBodyGoesOut() {
        CreatedMeeting created = createdMeeting("U-10", ANNA);

        update(new MeetingUpdate(created, "Event U-10", "Bring safety shoes and gloves", "Training room 2", START,
                END, "Europe/Kyiv"));

        assertThat(StoredItems.item(sandbox, created.itemId()).body).isEqualTo("Bring safety shoes and gloves");
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "InformationalUpdate");
    }

    @Test
    void anUpdateThatDiffersOnlyInTheZoneGoesOut() {
        CreatedMeeting created = createdMeeting("U-11", ANNA);

        update(new MeetingUpdate(created, "Event U-11", "Bring safety shoes", "Training room 2", START, END,
                "Europe/Berlin"));

        assertThat(StoredItems.item(sandbox, created.itemId()).startTimeZone.id()).isEqualTo("W. Europe Standard Time");
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "FullUpdate");
    }

    @Test
    void anUpdateThatDiffersOnlyInTheEndGoesOut() {
        CreatedMeeting created = createdMeeting("U-12", ANNA);

        update(new MeetingUpdate(created, "Event U-12", "Bring safety shoes", "Training room 2", START,
                END.plus(Duration.ofMinutes(30)), "Europe/Kyiv"));

        assertThat(StoredItems.item(sandbox, created.itemId()).end).isEqualTo(END.plus(Duration.ofMinutes(30)));
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "FullUpdate");
    }

    @Test
    void aMeetingDeletedInOutlookFailsAsNotFound() throws Exception {
        CreatedMeeting created = createdMeeting("U-6", ANNA, BEN);
        new OrganizersOutlook(sandbox).delete(created);

        assertThatThrownBy(() -> update(new MeetingUpdate(created, "Event U-6", "Bring safety shoes",
                "Training room 5", MOVED_START, MOVED_END, "Europe/Kyiv")))
                .satisfies(failure -> assertThat(ewsFailure(failure)).isInstanceOfSatisfying(
                        MeetingNotFoundException.class, e -> {
                            assertThat(e.getResponseCode()).isEqualTo("ErrorItemNotFound");
                            assertThat(e.scope()).isEqualTo(FailureScope.REQUEST);
                            assertThat(e.getEventId()).isEqualTo("U-6");
                            assertThat(e.getUid()).isEqualTo(created.uid());
                            assertThat(e.getMessage()).contains(created.uid(), "U-6");
                        }));
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest");
    }

    private CreatedMeeting update(MeetingUpdate update) {
        return template.requestBody("direct:update", update, CreatedMeeting.class);
    }
}
