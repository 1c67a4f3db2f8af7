package org.lmsexchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.NewMeeting;
import org.lmsexchange.sandbox.EwsSandbox;

/**
 * The ews component's tests: each test gets its own EWS sandbox (closed afterwards, so no server thread outlives
 * it) and a CamelContext whose routes send to {@code ews:} endpoints on that sandbox; plus the meetings to create.
 */
abstract class EwsSandboxTestSupport extends CamelTestSupport {

    static final String ORGANIZER = EwsSandbox.Builder.DEFAULT_ORGANIZER;
    static final String PASSWORD = EwsSandbox.Builder.DEFAULT_PASSWORD;
    static final String ANNA = "anna@example.com";
    static final String BEN = "ben@example.com";
    static final String CARLA = "carla@example.com";
    static final Instant START = Instant.parse("2030-05-13T07:00:00Z");
    static final Instant END = START.plus(Duration.ofMinutes(90));

    protected EwsSandbox sandbox;

    // runs before the CamelContext and its routes are made, so the routes can name the sandbox's URL
    @Override
    protected void doPreSetup() throws Exception {
        sandbox = sandboxSettings().start();
    }

    /** The sandbox each test runs against; a test class may change its settings (e.g. serve HTTPS). */
    protected EwsSandbox.Builder sandboxSettings() throws Exception {
        return EwsSandbox.builder().organizer(ORGANIZER);
    }

    @Override
    protected void doPostTearDown() {
        sandbox.close();
    }

    /** An ews endpoint on the sandbox's organizer mailbox with the sandbox's user; options like "pageSize=2". */
    String ews(String operation, String... options) {
        return inbox(options) + "&operation=" + operation;
    }

    /** The ews endpoint of the organizer's mailbox with the sandbox's user, e.g. to consume its inbox. */
    String inbox(String... options) {
        StringBuilder uri = new StringBuilder("ews:" + ORGANIZER + "?url=" + sandbox.ewsUrl() + "&username=" + ORGANIZER
                + "&password=RAW(" + PASSWORD + ")");
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    /**
     * What reached a learner, oldest first, one word each: the meeting request's type (NewMeetingRequest,
     * FullUpdate, InformationalUpdate) or "Canceled".
     */
    List<String> mailOf(String learner) {
        return sandbox.received(learner).stream()
                .map(mail -> mail.cancelled() ? "Canceled" : mail.meetingRequestType()).toList();
    }

    /** The EwsCallException a failed request ended with, however Camel wrapped it. */
    static EwsCallException ewsFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EwsCallException e) {
                return e;
            }
        }
        throw new AssertionError("no EwsCallException in " + failure, failure);
    }

    /** Creates the meeting of {@code eventId} (zone Europe/Kyiv) with the learners as attendees, as recorded. */
    CreatedMeeting createdMeeting(String eventId, String... learners) {
        return template.requestBody(ews("createMeeting"), meeting(eventId, "Europe/Kyiv", learners), CreatedMeeting.class);
    }

    /** The meeting of LMS event {@code eventId}, subject "Event " + id, with the learners as attendees. */
    static NewMeeting meeting(String eventId, String timeZone, String... learners) {
        List<Invitee> attendees = Arrays.stream(learners).map(l -> new Invitee(l, null)).toList();
        return new NewMeeting(eventId, "Event " + eventId, "Bring safety shoes", "Training room 2", START, END,
                timeZone, attendees);
    }
}
