package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.learners.MeetingResponder;
import org.lmsexchange.sandbox.view.MailboxViews;

/**
 * {@code POST /sandbox/api/responses}: a learner answers a meeting, named by uid or by subject.
 * <pre>{"learner":"a@example.com","subject":"Safety 101","answer":"accept"}  ->  201 {"id":"...","uid":"..."}</pre>
 * Optional: "delegate" (answered with delegate access) or "sentBy" (sent in the learner's name without it), "comment",
 * "proposedStart"/"proposedEnd" and "sentAt" (ISO-8601 instants).
 */
public final class ResponsesEndpoint extends JsonApiHandler {

    public static final String PATH = "/sandbox/api/responses";

    /** The request body; unknown fields are refused. */
    record ResponseRequest(String learner, String uid, String subject, String answer, String delegate,
                           String sentBy, String comment, Instant proposedStart, Instant proposedEnd, Instant sentAt) {
    }

    private final MeetingResponder responder;
    private final MailboxViews views;

    public ResponsesEndpoint(MeetingResponder responder, MailboxViews views) {
        this.responder = responder;
        this.views = views;
    }

    @Override
    Reply answer(HttpExchange exchange) throws IOException {
        requireMethod(exchange, "POST");
        if (!pathBelow(exchange, PATH).isEmpty()) {
            throw new NotFound("no such resource: " + exchange.getRequestURI().getPath());
        }
        ResponseRequest request = readObject(exchange, ResponseRequest.class);
        String uid = meetingUid(request);
        LearnerAnswer answer = LearnerAnswer.builder(required(request.learner(), "learner"), uid,
                        Answer.parse(required(request.answer(), "answer")))
                .delegate(request.delegate())
                .sentBy(request.sentBy())
                .comment(request.comment())
                .proposedTime(request.proposedStart(), request.proposedEnd())
                .sentAt(request.sentAt())
                .build();
        return Reply.created(Map.of("id", responder.respond(answer), "uid", uid));
    }

    private String meetingUid(ResponseRequest request) {
        if ((request.uid() == null) == (request.subject() == null)) {
            throw new IllegalArgumentException("name the meeting with either 'uid' or 'subject'");
        }
        return request.uid() != null ? request.uid() : views.meeting(request.subject()).uid();
    }
}
