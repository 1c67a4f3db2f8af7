package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.Invitee;

/** Rows whose columns hold another type than the meeting needs fail the event naming the column and the type. */
class EventMeetingsTest {

    private static final Instant START = Instant.parse("2030-05-13T07:00:00Z");
    private static final List<Map<String, Object>> ADA = List.of(Map.of("learner_email", "ada@example.com"));

    private final EventMeetings meetings = new EventMeetings();

    @Test
    void aNumericEventIdIsTheEventsId() {
        Map<String, Object> event = event();
        event.put("event_id", 4711L);

        assertThat(meetings.toMeeting(event, ADA).eventId()).isEqualTo("4711");
    }

    @Test
    void epochSecondsFromAnExpressionAreNamedWithoutTheirDecimalsAndTheConversionIsSuggested() {
        Map<String, Object> event = event();
        event.put("end_at", new BigDecimal("1767229200.000000"));

        assertThat(failure(event, ADA)).hasMessageStartingWith("event E-1: end_at is a number (1767229200, "
                        + "java.math.BigDecimal), not a time; if the LMS stores epoch seconds, convert them in "
                        + "sql.lms-events, e.g. TO_TIMESTAMP(x) on PostgreSQL");
    }

    @Test
    void textWhereATimeBelongsNamesTheTextAndThePollQuery() {
        Map<String, Object> event = event();
        event.put("start_at", "2030-05-13 09:00");

        assertThat(failure(event, ADA)).hasMessage("event E-1: start_at is text ('2030-05-13 09:00', java.lang.String), "
                + "not a time; select a timestamp for it in sql.lms-events");
    }

    @Test
    void aTimeWhereTextBelongsIsNamed() {
        Map<String, Object> event = event();
        event.put("time_zone", Timestamp.from(START));

        assertThat(failure(event, ADA)).hasMessage("event E-1: time_zone is a time (2030-05-13T07:00:00Z, "
                + "java.sql.Timestamp), not text; select text for it in sql.lms-events");
    }

    @Test
    void aLearnerColumnOfAnotherTypeNamesTheLearnerQuery() {
        List<Map<String, Object>> learners = List.of(Map.of("learner_email", "ada@example.com",
                "learner_name", Timestamp.from(START)));

        assertThat(failure(event(), learners)).hasMessage("event E-1: learner_name is a time (2030-05-13T07:00:00Z, "
                + "java.sql.Timestamp), not text; select text for it in sql.event-learners");
    }

    @Test
    void aNumberWhereTextBelongsIsItsText() {
        Map<String, Object> event = event();
        event.put("location", new BigDecimal("101.0"));

        assertThat(meetings.toMeeting(event, ADA).location()).isEqualTo("101");
    }

    @Test
    void aLearnerBookedMoreThanOnceIsOneInviteeAtTheNormalizedAddressWithTheFirstNameGiven() {
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put("learner_email", " ADA@Example.COM ");
        unnamed.put("learner_name", null);
        List<Map<String, Object>> learners = List.of(unnamed,
                Map.of("learner_email", "brian@example.com", "learner_name", "Brian"),
                Map.of("learner_email", "ada@example.com", "learner_name", "Ada Lovelace"),
                Map.of("learner_email", "Ada@example.com", "learner_name", "A. Lovelace"));

        assertThat(meetings.toMeeting(event(), learners).attendees()).containsExactly(
                new Invitee("ada@example.com", "Ada Lovelace"), new Invitee("brian@example.com", "Brian"));
    }

    private Throwable failure(Map<String, Object> event, List<Map<String, Object>> learners) {
        Throwable failure = catchThrowable(() -> meetings.toMeeting(event, learners));
        assertThat(failure).isInstanceOf(InvalidEventException.class);
        return failure;
    }

    private static Map<String, Object> event() {
        Map<String, Object> event = new HashMap<>();
        event.put("event_id", "E-1");
        event.put("subject", "Forklift safety");
        event.put("start_at", START.atOffset(ZoneOffset.UTC));
        event.put("end_at", Timestamp.from(START.plusSeconds(7200)));
        event.put("time_zone", "Europe/Berlin");
        return event;
    }
}
