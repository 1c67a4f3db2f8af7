package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxJsonApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EwsSandbox sandbox = EwsSandbox.builder().start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void aResponsePostedBySubjectShowsInTheOrganizersMailboxAndOnTheMeeting() throws Exception {
        String uid = TestMeetings.invite(sandbox, "Safety 101", "anna@example.com");

        HttpResponse<String> posted = post("/sandbox/api/responses", """
                {"learner":"anna@example.com","subject":"Safety 101","answer":"decline",
                 "delegate":"assistant@example.com","comment":"On leave",
                 "proposedStart":"2030-03-05T09:00:00Z","proposedEnd":"2030-03-05T10:30:00Z"}""");

        assertThat(posted.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(posted.body());
        assertThat(created.path("uid").asText()).isEqualTo(uid);

        JsonNode mailbox = getJson("/sandbox/api/mailboxes/" + sandbox.organizer(), 200);
        JsonNode response = folder(mailbox, "inbox").path("items").path(0);
        assertThat(response.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(response.path("kind").asText()).isEqualTo("MEETING_RESPONSE");
        assertThat(response.path("itemClass").asText()).isEqualTo("IPM.Schedule.Meeting.Resp.Neg");
        assertThat(response.path("subject").asText()).isEqualTo("Declined: Safety 101");
        assertThat(response.path("sender").asText()).isEqualTo("assistant@example.com");
        assertThat(response.path("delegated").asBoolean()).isTrue();
        assertThat(response.path("body").asText()).isEqualTo("On leave");
        assertThat(response.path("proposedStart").asText()).isEqualTo("2030-03-05T09:00:00Z");

        JsonNode attendee = getJson("/sandbox/api/meetings", 200).path("meetings").path(0).path("attendees").path(0);
        assertThat(attendee.path("address").asText()).isEqualTo("anna@example.com");
        assertThat(attendee.path("responseType").asText()).isEqualTo("Decline");
        assertThat(attendee.path("lastResponseTime").asText()).isNotEmpty();
    }

    @Test
    void mailboxesAreListedAndALearnersViewShowsTheInvitation() throws Exception {
        String uid = TestMeetings.invite(sandbox, "Safety 101", "anna@example.com");

        assertThat(getJson("/sandbox/api/mailboxes", 200).path("mailboxes"))
                .extracting(JsonNode::asText)
                .containsExactly("anna@example.com", sandbox.organizer());
        JsonNode request = folder(getJson("/sandbox/api/mailboxes/anna@example.com", 200), "inbox")
                .path("items").path(0);
        assertThat(request.path("kind").asText()).isEqualTo("MEETING_REQUEST");
        assertThat(request.path("meetingRequestType").asText()).isEqualTo("NewMeetingRequest");
        assertThat(request.path("uid").asText()).isEqualTo(uid);
        assertThat(request.path("start").asText()).isEqualTo("2030-03-04T09:00:00Z");
    }

    @Test
    void eachKindOfInboxMailCanBeInjected() throws Exception {
        String[] bodies = {
            "{\"type\":\"mail\",\"from\":\"boss@example.com\",\"subject\":\"Lunch?\"}",
            "{\"type\":\"out-of-office\",\"from\":\"anna@example.com\",\"body\":\"Away\"}",
            "{\"type\":\"non-delivery\",\"recipient\":\"gone@example.com\",\"subject\":\"Safety 101\"}",
            "{\"type\":\"foreign-response\",\"from\":\"anna@example.com\",\"subject\":\"Party\","
                    + "\"answer\":\"tentative\"}"};
        for (String body : bodies) {
            assertThat(post("/sandbox/api/inbox", body).statusCode()).as(body).isEqualTo(201);
        }

        assertThat(folder(getJson("/sandbox/api/mailboxes/" + sandbox.organizer(), 200), "inbox").path("items"))
                .extracting(item -> item.path("itemClass").asText())
                .containsExactly("IPM.Note", "IPM.Note.Rules.OofTemplate.Microsoft", "REPORT.IPM.Note.NDR",
                        "IPM.Schedule.Meeting.Resp.Tent");
    }

    @Test
    void badRequestsGetAJsonErrorNamingTheProblem() throws Exception {
        TestMeetings.invite(sandbox, "Safety 101", "anna@example.com");

        assertError(post("/sandbox/api/responses", "{\"learner\":"), 400, "not valid JSON");
        assertError(post("/sandbox/api/responses", "{\"learner\":\"anna@example.com\",\"colour\":\"red\"}"),
                400, "unknown field 'colour'");
        assertError(post("/sandbox/api/responses", "{\"learner\":\"anna@example.com\",\"subject\":\"Safety 101\"}"),
                400, "field 'answer' is required");
        assertError(post("/sandbox/api/responses",
                "{\"learner\":\"anna@example.com\",\"subject\":\"Safety 101\",\"answer\":\"maybe\"}"),
                400, "answer must be one of [accept, tentative, decline]");
        assertError(post("/sandbox/api/responses",
                "{\"learner\":\"anna@example.com\",\"subject\":\"Safety 101\",\"answer\":\"accept\","
                        + "\"sentAt\":\"soon\"}"),
                400, "field 'sentAt' has an invalid value");
        assertError(post("/sandbox/api/responses",
                "{\"learner\":\"zoe@example.com\",\"subject\":\"Safety 101\",\"answer\":\"accept\"}"),
                400, "zoe@example.com is not an attendee");
        assertError(post("/sandbox/api/inbox", "{\"type\":\"mail\",\"from\":\"a@example.com\",\"answer\":\"accept\"}"),
                400, "unknown field 'answer' for type mail");
        assertError(post("/sandbox/api/inbox", "{\"type\":\"fax\"}"), 400, "field 'type' must be one of");
        assertError(post("/sandbox/api/inbox", "[]"), 400, "must be a JSON object");
    }

    @Test
    void unknownThingsAre404AndWrongMethods405() throws Exception {
        assertError(get("/sandbox/api/mailboxes/nobody@example.com"), 404, "no mailbox nobody@example.com");
        assertError(post("/sandbox/api/responses",
                "{\"learner\":\"anna@example.com\",\"uid\":\"no-such-uid\",\"answer\":\"accept\"}"),
                404, "no meeting with uid no-such-uid");
        assertError(get("/sandbox/api/meetings/extra"), 404, "no such resource");
        HttpResponse<String> wrongMethod = get("/sandbox/api/responses");
        assertError(wrongMethod, 405, "POST");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    private static JsonNode folder(JsonNode mailbox, String name) {
        for (JsonNode folder : mailbox.path("folders")) {
            if (name.equals(folder.path("name").asText())) {
                return folder;
            }
        }
        throw new AssertionError("no folder " + name + " in " + mailbox);
    }

    private JsonNode getJson(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(sandbox.baseUrl() + path);
    }

    private static void assertError(HttpResponse<String> response, int status, String messagePart) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains(messagePart);
    }
}
