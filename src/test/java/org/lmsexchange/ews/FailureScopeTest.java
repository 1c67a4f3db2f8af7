package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only no answer, a refused account and a server that cannot serve anyone are Exchange outages; what Exchange
 * answers about one request fails that request alone.
 */
class FailureScopeTest {

    @ParameterizedTest(name = "{0} is about {1}")
    @CsvSource({
            // no answer, or no token to send
            "IO, EXCHANGE", "TOKEN, EXCHANGE",
            // the account refused; a server or gateway that cannot serve now
            "HTTP_401, EXCHANGE", "HTTP_403, EXCHANGE", "HTTP_407, EXCHANGE", "HTTP_429, EXCHANGE", "HTTP_502, EXCHANGE",
            "HTTP_503, EXCHANGE", "HTTP_504, EXCHANGE",
            // busy, or the mailbox and account unusable
            "ErrorServerBusy, EXCHANGE", "ErrorExceededConnectionCount, EXCHANGE",
            "ErrorInternalServerTransientError, EXCHANGE", "ErrorMailboxStoreUnavailable, EXCHANGE",
            "ErrorAccessDenied, EXCHANGE", "ErrorNonExistentMailbox, EXCHANGE", "ErrorImpersonateUserDenied, EXCHANGE",
            // about the request: its size, its form, its item; a bare 500 and Exchange's own internal error too
            "HTTP_400, REQUEST", "HTTP_404, REQUEST", "HTTP_413, REQUEST", "HTTP_500, REQUEST",
            "ErrorInternalServerError, REQUEST", "ErrorSchemaValidation, REQUEST", "ErrorItemNotFound, REQUEST",
            "ErrorInvalidRecipients, REQUEST", "ERROR, REQUEST", "HTTP_x, REQUEST"})
    void aFailureIsAboutExchangeOrAboutTheRequest(String responseCode, FailureScope scope) {
        assertThat(new EwsCallException(responseCode, "a call failed", null).scope()).isEqualTo(scope);
    }
}
