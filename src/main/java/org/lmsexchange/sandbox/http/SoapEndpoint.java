package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import org.lmsexchange.sandbox.ops.SoapOperation;
import org.lmsexchange.sandbox.ops.OperationContext;
import org.lmsexchange.sandbox.ops.OperationRegistry;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.SoapEnvelope;
import org.lmsexchange.sandbox.soap.SoapRequest;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.Mailbox;
import org.lmsexchange.sandbox.store.MailboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /EWS/Exchange.asmx}: authenticates the caller, counts the request, applies the planned latency and
 * faults, picks the mailbox, runs the operation in one store transaction and answers with a SOAP envelope.
 * Whatever goes wrong, the client gets a SOAP answer (or a plain HTTP status), never a stack trace, and the
 * server keeps serving.
 */
public final class SoapEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);

    private final MailboxStore store;
    private final OperationRegistry operations;
    private final Authenticator authenticator;
    private final Faults faults;
    private final FaultResponder faultResponder;
    private final RequestCounters counters;
    private final int maxRequestBytes;

    public SoapEndpoint(MailboxStore store, OperationRegistry operations, Authenticator authenticator,
                       Faults faults, RequestCounters counters, int maxRequestBytes) {
        this.store = store;
        this.operations = operations;
        this.authenticator = authenticator;
        this.faults = faults;
        this.faultResponder = new FaultResponder(faults);
        this.counters = counters;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpBodies.send(exchange, 405, "text/plain", "EWS takes POST requests only");
                return;
            }
            Optional<Principal> principal = authenticator.authenticate(exchange);
            if (principal.isEmpty()) {
                // the 2.0 client sends its first request, body and all, without credentials
                SoapHttp.discardBody(exchange, maxRequestBytes);
                authenticator.challenge(exchange);
                return;
            }
            SoapRequest request = SoapRequest.parse(SoapHttp.readRequest(exchange, maxRequestBytes));
            counters.record(request.operationName(), RequestCounters.itemsIn(request.operation()));
            String mailbox = targetMailbox(exchange, principal.get(), request);
            faults.delay();
            Optional<FaultPlan> fault = faults.take(request.operationName());
            if (fault.isPresent()) {
                faultResponder.fail(exchange, fault.get(), request,
                        () -> SoapHttp.send(exchange, 200, answer(request, mailbox)));
            } else {
                SoapHttp.send(exchange, 200, answer(request, mailbox));
            }
        } catch (HttpBodies.TooLarge e) {
            SoapHttp.discardBody(exchange, SoapHttp.DISCARD_LIMIT);
            sendTooLarge(exchange, e.getMessage());
        } catch (EwsException e) {
            SoapHttp.send(exchange, 500, SoapEnvelope.fault(e));
        } catch (RuntimeException e) {
            LOG.error("The sandbox failed on a request; answering ErrorInternalServerError", e);
            SoapHttp.send(exchange, 500, SoapEnvelope.fault(
                    new EwsException("ErrorInternalServerError", "The sandbox failed to process the request.")));
        } finally {
            exchange.close();
        }
    }

    /** HTTP 413 for a request larger than the server accepts; the connection is closed after it. */
    static void sendTooLarge(HttpExchange exchange, String reason) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        SoapHttp.send(exchange, 413, SoapEnvelope.fault(EwsException.schemaValidation(reason)));
    }

    private String answer(SoapRequest request, String mailboxAddress) {
        SoapOperation operation = operations.find(request.operationName()).orElseThrow(() ->
                EwsException.invalidOperation("The sandbox does not support the operation " + request.operationName()
                        + "; it speaks " + String.join(", ", operations.names())));
        return store.inTransaction(s -> {
            // as Exchange: acting for an address that has no mailbox (a typo in the connector's settings) fails
            Mailbox mailbox = s.existingMailbox(mailboxAddress).orElseThrow(() -> new EwsException(
                    "ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it: " + mailboxAddress));
            return SoapEnvelope.success(xml -> operation.execute(new OperationContext(s, mailbox), request.operation(), xml));
        });
    }

    /**
     * ExchangeImpersonation wins, then X-AnchorMailbox, then the caller's own mailbox. Checked before anything else
     * happens to the request, as Exchange does: a caller learns nothing about a mailbox it may not use.
     */
    private static String targetMailbox(HttpExchange exchange, Principal principal, SoapRequest request) {
        String mailbox = request.impersonatedMailbox()
                .or(() -> Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-AnchorMailbox")))
                .orElse(principal.ownMailbox());
        if (mailbox == null) {
            throw new EwsException("ErrorMissingEmailAddress",
                    "The caller " + principal.name() + " has no mailbox; name one with ExchangeImpersonation.");
        }
        if (!principal.mayUse(mailbox)) {
            throw new EwsException("ErrorImpersonateUserDenied",
                    "The account " + principal.name() + " does not have permission to impersonate " + mailbox + ".");
        }
        return mailbox;
    }
}
