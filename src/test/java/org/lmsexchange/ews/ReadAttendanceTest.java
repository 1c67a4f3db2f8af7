package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.AttendeeAnswer;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.MeetingAttendance;
import org.lmsexchange.ews.model.NewMeeting;
import org.lmsexchange.ews.model.ReplyAnswer;
import org.lmsexchange.sandbox.StoredItems;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.view.MailboxView;

/**
 * readAttendance against the sandbox: the attendees of a meeting and the answers Exchange recorded on the
 * organizer's calendar item, exactly, whatever became of the response mail; and reading them changes nothing.
 */
class ReadAttendanceTest extends EwsSandboxTestSupport {

    private static final String DAN = "dan@example.com";
    private static final Instant ANNA_ACCEPTED = Instant.parse("2030-05-01T08:15:00Z");
    private static final Instant BEN_DECLINED = Instant.parse("2030-05-01T09:30:00Z");
    private static final Instant CARLA_TENTATIVE = Instant.parse("2030-05-01T10:00:00Z");
    private static final Instant CARLA_ACCEPTED = Instant.parse("2030-05-02T07:45:00Z");

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(ews("createMeeting"));
                from("direct:read").to(ews("readAttendance"));
                from("direct:delete").to(ews("deleteItems"));
            }
        };
    }

    @Test
    void eachAttendeeComesWithTheLatestAnswerRecordedAndWhenItWasSent() {
        CreatedMeeting created = create("R-1", new Invitee(ANNA, "Anna Kovalenko"), new Invitee(BEN, "Ben Okafor"),
                new Invitee(CARLA, "Čarla Núñez-Østergård"), new Invitee(DAN, null));
        answer(ANNA, created, Answer.ACCEPT, ANNA_ACCEPTED);
        answer(BEN, created, Answer.DECLINE, BEN_DECLINED);
        answer(CARLA, created, Answer.TENTATIVE, CARLA_TENTATIVE);
        answer(CARLA, created, Answer.ACCEPT, CARLA_ACCEPTED);

        MeetingAttendance attendance = read(created);

        assertThat(attendance.attendees()).containsExactly(
                new AttendeeAnswer(ANNA, "Anna Kovalenko", ReplyAnswer.ACCEPT, ANNA_ACCEPTED, true),
                new AttendeeAnswer(BEN, "Ben Okafor", ReplyAnswer.DECLINE, BEN_DECLINED, true),
                new AttendeeAnswer(CARLA, "Čarla Núñez-Østergård", ReplyAnswer.ACCEPT, CARLA_ACCEPTED, true),
                // the sandbox, as Exchange, shows the address as the name of an attendee who has none
                new AttendeeAnswer(DAN, DAN, null, null, true));
        // each answer gave the calendar item a new ChangeKey: the meeting comes back as it is now
        assertThat(attendance.meeting()).isEqualTo(new CreatedMeeting("R-1", created.itemId(),
                StoredItems.item(sandbox, created.itemId()).changeKey(), created.uid()));
    }

    /** A response mail taken out of the inbox (deleted by a person, or by calendar processing) leaves its answer. */
    @Test
    void anAnswerWhoseResponseMailIsGoneIsStillRead() {
        CreatedMeeting created = create("R-2", new Invitee(ANNA, null));
        Instant sent = Instant.parse("2030-05-03T12:00:00Z");
        String response = answer(ANNA, created, Answer.TENTATIVE, sent);
        template.requestBody("direct:delete", List.of(response));
        assertThat(sandbox.mailbox(ORGANIZER).items("inbox")).isEmpty();

        assertThat(read(created).attendees()).extracting(AttendeeAnswer::answer, AttendeeAnswer::answeredAt)
                .containsExactly(tuple(ReplyAnswer.TENTATIVE, sent));
    }

    @Test
    void anOptionalAttendeeAddedInOutlookComesAsNotRequiredWithItsAddressNormalized() throws Exception {
        CreatedMeeting created = create("R-3", new Invitee(ANNA, null));
        new OrganizersOutlook(sandbox).addOptionalAttendee(created, "  Trainer@Example.COM ");

        MeetingAttendance attendance = read(created);

        assertThat(attendance.attendees()).extracting(AttendeeAnswer::address, AttendeeAnswer::required)
                .containsExactly(tuple(ANNA, true), tuple("trainer@example.com", false));
        assertThat(attendance.attendees().get(1).answer()).isNull();
    }

    @Test
    void aMeetingDeletedInOutlookFailsAsNotFound() throws Exception {
        CreatedMeeting created = create("R-4", new Invitee(ANNA, null));
        new OrganizersOutlook(sandbox).delete(created);

        assertThatThrownBy(() -> read(created)).satisfies(failure ->
                assertThat(ewsFailure(failure)).isInstanceOfSatisfying(MeetingNotFoundException.class, e -> {
                    assertThat(e.getUid()).isEqualTo(created.uid());
                    assertThat(e.getResponseCode()).isEqualTo("ErrorItemNotFound");
                }));
    }

    @Test
    void readingSendsNoMailAndChangesNothing() throws Exception {
        CreatedMeeting created = create("R-5", new Invitee(ANNA, null), new Invitee(BEN, null));
        answer(ANNA, created, Answer.ACCEPT, ANNA_ACCEPTED);
        new OrganizersOutlook(sandbox).addOptionalAttendee(created, CARLA);
        List<String> everyone = List.of(ORGANIZER, ANNA, BEN, CARLA);
        Map<String, MailboxView> before = mailboxes(everyone);
        sandbox.counters().reset();

        MeetingAttendance attendance = read(created);

        assertThat(attendance.attendees()).hasSize(3);
        assertThat(sandbox.counters().snapshot().requests("GetItem")).isEqualTo(1L);
        assertThat(sandbox.counters().snapshot().totalRequests()).isEqualTo(1L);
        assertThat(mailboxes(everyone)).isEqualTo(before);
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(BEN)).containsExactly("NewMeetingRequest");
        assertThat(mailOf(CARLA)).containsExactly("NewMeetingRequest");
    }

    /** One GetItem reads the meeting; a busy answer is waited out and the GetItem sent again. */
    @Test
    void aBusyExchangeIsAskedAgain() {
        CreatedMeeting created = create("R-6", new Invitee(ANNA, null));
        Instant sent = Instant.parse("2030-05-04T16:20:00Z");
        answer(ANNA, created, Answer.DECLINE, sent);
        sandbox.counters().reset();
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 1).onlyFor("GetItem")
                .backOff(Duration.ofMillis(50)));

        assertThat(read(created).attendees()).containsExactly(
                new AttendeeAnswer(ANNA, ANNA, ReplyAnswer.DECLINE, sent, true));
        assertThat(sandbox.counters().snapshot().requests("GetItem")).isEqualTo(2L);
        assertThat(sandbox.counters().snapshot().totalRequests()).isEqualTo(2L);
    }

    private Map<String, MailboxView> mailboxes(List<String> addresses) {
        return addresses.stream().collect(Collectors.toMap(Function.identity(), sandbox::mailbox));
    }

    private CreatedMeeting create(String eventId, Invitee... invitees) {
        NewMeeting meeting = new NewMeeting(eventId, "Event " + eventId, "Bring safety shoes", "Training room 2",
                START, END, "Europe/Kyiv", Stream.of(invitees).toList());
        return template.requestBody("direct:create", meeting, CreatedMeeting.class);
    }

    /** The attendee's answer, sent at {@code sentAt}; the id of its response mail in the organizer's inbox. */
    private String answer(String attendee, CreatedMeeting meeting, Answer answer, Instant sentAt) {
        return sandbox.respond(LearnerAnswer.builder(attendee, meeting.uid(), answer).sentAt(sentAt).build());
    }

    private MeetingAttendance read(CreatedMeeting meeting) {
        return template.requestBody("direct:read", meeting, MeetingAttendance.class);
    }
}
