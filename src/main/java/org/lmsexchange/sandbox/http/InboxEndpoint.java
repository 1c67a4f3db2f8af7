package org.lmsexchange.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.InboxInjector;

/**
 * {@code POST /sandbox/api/inbox}: puts mail into the organizer's inbox that is not an answer to one of its
 * meetings, e.g. {@code {"type":"out-of-office","from":"a@example.com","subject":"Away"}} -> 201 {"id":"..."}.
 * Each type takes its own fields; a field the type does not take is refused rather than ignored.
 */
public final class InboxEndpoint extends JsonApiHandler {

    public static final String PATH = "/sandbox/api/inbox";

    /** The kinds of mail one can inject, with their fields: required ones first, then optional ones. */
    private enum MailType {
        MAIL("mail", List.of("from"), List.of("subject", "body"),
                (inbox, f) -> inbox.mail(f.get("from"), f.get("subject"), f.get("body"))),
        OUT_OF_OFFICE("out-of-office", List.of("from"), List.of("subject", "body"),
                (inbox, f) -> inbox.outOfOffice(f.get("from"), f.get("subject"), f.get("body"))),
        NON_DELIVERY("non-delivery", List.of("recipient"), List.of("subject", "body"),
                (inbox, f) -> inbox.nonDelivery(f.get("recipient"), f.get("subject"), f.get("body"))),
        FOREIGN_RESPONSE("foreign-response", List.of("from", "answer"), List.of("subject"),
                (inbox, f) -> inbox.foreignResponse(f.get("from"), f.get("subject"), Answer.parse(f.get("answer"))));

        private final String wireName;
        private final List<String> required;
        private final List<String> optional;
        private final BiFunction<InboxInjector, Map<String, String>, String> inject;

        MailType(String wireName, List<String> required, List<String> optional,
                 BiFunction<InboxInjector, Map<String, String>, String> inject) {
            this.wireName = wireName;
            this.required = required;
            this.optional = optional;
            this.inject = inject;
        }

        static MailType parse(String type) {
            return Arrays.stream(values()).filter(t -> t.wireName.equals(type)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("field 'type' must be one of "
                            + Arrays.stream(values()).map(t -> t.wireName).toList() + ", not " + type));
        }

        /** Checks that the fields are the ones this type takes, with the required ones present. */
        void check(Map<String, String> fields) {
            for (String field : fields.keySet()) {
                if (!required.contains(field) && !optional.contains(field)) {
                    throw new IllegalArgumentException("unknown field '" + field + "' for type " + wireName
                            + "; it takes " + Stream.concat(required.stream(), optional.stream()).toList());
                }
            }
            required.forEach(field -> required(fields.get(field), field));
        }
    }

    private final InboxInjector inbox;

    public InboxEndpoint(InboxInjector inbox) {
        this.inbox = inbox;
    }

    @Override
    Reply answer(HttpExchange exchange) throws IOException {
        requireMethod(exchange, "POST");
        if (!pathBelow(exchange, PATH).isEmpty()) {
            throw new NotFound("no such resource: " + exchange.getRequestURI().getPath());
        }
        Map<String, String> fields = textFields(readObject(exchange, JsonNode.class));
        MailType type = MailType.parse(required(fields.remove("type"), "type"));
        type.check(fields);
        return Reply.created(Map.of("id", type.inject.apply(inbox, fields)));
    }

    private static Map<String, String> textFields(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("the request body must be a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        body.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw new IllegalArgumentException("field '" + field.getKey() + "' must be a string");
            }
            fields.put(field.getKey(), field.getValue().textValue());
        });
        return fields;
    }
}
