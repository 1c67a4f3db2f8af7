package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.lmsexchange.sandbox.ops.ResponseMessages;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.SoapEnvelope;
import org.lmsexchange.sandbox.soap.SoapRequest;

/** Fails a request the way a {@link FaultPlan} says, with the answers a busy or broken Exchange gives. */
final class FaultResponder {

    private static final String BACK_OFF = "BackOffMilliseconds";

    private final Faults faults;

    FaultResponder(Faults faults) {
        this.faults = faults;
    }

    /** The answer a request gets without a fault: carrying it out and sending the result. */
    interface NormalAnswer {
        void send() throws IOException;
    }

    void fail(HttpExchange exchange, FaultPlan plan, SoapRequest request, NormalAnswer normal) throws IOException {
        switch (plan.kind()) {
            case HTTP_503 -> HttpBodies.send(exchange, 503, "text/plain",
                    "503 Service Unavailable: the EWS sandbox simulates an overloaded server");
            case HTTP_500 -> HttpBodies.send(exchange, 500, "text/plain", "");
            case REQUEST_TOO_LARGE -> SoapEndpoint.sendTooLarge(exchange, "the sandbox simulates a request larger than "
                    + "the server accepts");
            case SERVER_BUSY_FAULT -> SoapHttp.send(exchange, 500,
                    SoapEnvelope.fault(serverBusy(), BACK_OFF, backOffMillis(plan)));
            case SERVER_BUSY_RESPONSE -> SoapHttp.send(exchange, 200, busyResponse(plan, request));
            case DROP_CONNECTION -> dropConnection(exchange);
            case NO_ANSWER -> faults.hold(Faults.MAX_HOLD, () -> dropConnection(exchange));
            case LATE_ANSWER -> faults.hold(plan.delay(), () -> answerLate(normal));
            case EWS_DISABLED -> HttpBodies.send(exchange, 403, "text/plain",
                    "403 Forbidden: the EWS sandbox simulates an organization that blocks EWS");
            case IMPERSONATION_DENIED -> SoapHttp.send(exchange, 500, SoapEnvelope.fault(new EwsException(
                    "ErrorImpersonateUserDenied", "The account does not have permission to impersonate the requested user.")));
            case PERMISSION_MISSING -> {
                exchange.getResponseHeaders().add("x-ms-diagnostics",
                        "2000008;reason=\"The token contains not enough scope to make this call.\";error_category=\"invalid_grant\"");
                HttpBodies.send(exchange, 401, "text/plain", "401 Unauthorized: the token grants no access to EWS");
            }
        }
    }

    /** The operation's own response with one ErrorServerBusy message per item, as Exchange throttles a batch. */
    private static String busyResponse(FaultPlan plan, SoapRequest request) {
        int items = Math.max(1, RequestCounters.itemsIn(request.operation()));
        return SoapEnvelope.success(xml -> ResponseMessages.write(xml, request.operationName(), messages -> {
            for (int i = 0; i < items; i++) {
                messages.error(serverBusy(), BACK_OFF, backOffMillis(plan));
            }
        }));
    }

    /**
     * Carries a held request out, as an Exchange that goes on with a request whose client stopped waiting. A sandbox
     * that closes meanwhile (its threads interrupted) drops it instead.
     */
    private static void answerLate(NormalAnswer normal) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            normal.send();
        } catch (IOException clientGone) {
            // the client gave up waiting and closed the connection: the work is done, only the answer is lost
        }
    }

    /**
     * Closing an exchange whose response headers were never sent makes the JDK's server close the socket, so the
     * client reads end-of-stream where it expects a status line: an I/O error, as when a proxy drops a connection.
     */
    private static void dropConnection(HttpExchange exchange) {
        exchange.close();
    }

    private static EwsException serverBusy() {
        return new EwsException("ErrorServerBusy", "The server cannot service this request right now. Try again later.");
    }

    private static String backOffMillis(FaultPlan plan) {
        return Long.toString(plan.backOff().toMillis());
    }
}
