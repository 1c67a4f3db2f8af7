package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import org.lmsexchange.sandbox.view.MailboxViews;

/**
 * Read-only JSON views of the sandbox: {@code GET /sandbox/api/mailboxes} lists the mailboxes,
 * {@code GET /sandbox/api/mailboxes/{address}} shows one with all folders and items, and
 * {@code GET /sandbox/api/meetings} shows the organizer's meetings with each attendee's last answer.
 */
public final class InspectionEndpoint extends JsonApiHandler {

    public static final String MAILBOXES_PATH = "/sandbox/api/mailboxes";
    public static final String MEETINGS_PATH = "/sandbox/api/meetings";

    private final MailboxViews views;

    public InspectionEndpoint(MailboxViews views) {
        this.views = views;
    }

    @Override
    Reply answer(HttpExchange exchange) {
        requireMethod(exchange, "GET");
        if (exchange.getHttpContext().getPath().equals(MEETINGS_PATH)) {
            if (!pathBelow(exchange, MEETINGS_PATH).isEmpty()) {
                throw new NotFound("no such resource: " + exchange.getRequestURI().getPath());
            }
            return Reply.ok(Map.of("meetings", views.meetings()));
        }
        String address = pathBelow(exchange, MAILBOXES_PATH);
        if (address.isEmpty()) {
            return Reply.ok(Map.of("mailboxes", views.addresses()));
        }
        return Reply.ok(views.mailbox(address).orElseThrow(() -> new NotFound("no mailbox " + address)));
    }
}
