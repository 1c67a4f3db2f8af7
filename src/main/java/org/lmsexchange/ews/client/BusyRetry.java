package org.lmsexchange.ews.client;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import org.apache.camel.util.ObjectHelper;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an EWS call, trying it again when Exchange says it is busy (ErrorServerBusy in a fault or a response, or
 * HTTP 503), after the back-off the server asks for, a bounded number of times. Any other failure becomes an
 * {@link EwsCallException} carrying the EWS response code.
 */
final class BusyRetry {

    private static final Logger LOG = LoggerFactory.getLogger(BusyRetry.class);

    /** An EWS call; ews-java-api declares {@code throws Exception} everywhere. */
    interface Call<T> {
        T run() throws Exception;
    }

    /** Renews the credentials a call was refused with (HTTP 401); false when they cannot be renewed. */
    interface CredentialRenewal {
        boolean renew();
    }

    private final int retries;
    private final long unnamedBackOffMillis;
    private final long maxBackOffMillis;
    private final CredentialRenewal renewal;
    private final Supplier<Optional<IOException>> limitExceeded;

    BusyRetry(EwsConfiguration configuration, CredentialRenewal renewal) {
        this(configuration, renewal, Optional::empty);
    }

    /**
     * As {@link #BusyRetry(EwsConfiguration, CredentialRenewal)}, with the limit (deadline, answer size) the failed
     * request broke, for the calls of a service whose limits are kept apart from the library's failures.
     */
    BusyRetry(EwsConfiguration configuration, CredentialRenewal renewal, Supplier<Optional<IOException>> limitExceeded) {
        this.retries = configuration.getBusyRetries();
        this.unnamedBackOffMillis = configuration.getBusyBackOff();
        this.maxBackOffMillis = configuration.getMaxBackOff();
        this.renewal = renewal;
        this.limitExceeded = limitExceeded;
    }

    /**
     * Runs the call; a call refused with HTTP 401 is tried exactly once more if its credentials could be renewed (an
     * OAuth2 token Exchange no longer accepts), a busy answer up to the configured number of times.
     */
    <T> T run(String what, Call<T> call) {
        boolean renewed = false;
        for (int busyAttempts = 0; ; ) {
            try {
                return call.run();
            } catch (Exception e) {
                if (!renewed && isUnauthorized(e)) {
                    renewed = true;
                    if (renewal.renew()) {
                        LOG.info("Exchange refused the token ({}); trying once more with a new token", what);
                        continue;
                    }
                }
                Optional<IOException> limit = limitExceeded.get();
                if (limit.isPresent()) {
                    // whatever the library made of it: it may have dropped the cause (a slow SOAP fault is HTTP 500)
                    throw translate(what, limit.get());
                }
                Optional<Long> backOff = busyBackOff(e);
                if (backOff.isEmpty() || busyAttempts >= retries) {
                    throw translate(what, e);
                }
                busyAttempts++;
                long wait = Math.min(backOff.get(), maxBackOffMillis);
                LOG.warn("Exchange is busy ({}); trying {} again in {} ms ({} of {})", what, what, wait, busyAttempts, retries);
                pause(wait);
            }
        }
    }

    private static boolean isUnauthorized(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpErrorException h && h.getHttpErrorCode() == 401) {
                return true;
            }
        }
        return false;
    }

    /**
     * Raises a busy answer hidden in a batch call's responses. The library's batch calls (deleteItems,
     * loadPropertiesForItems) return per-item errors instead of throwing; ErrorServerBusy there means the server
     * refused the whole batch, which must be tried again like any other busy answer.
     */
    static void throwIfBusy(ServiceResponseCollection<? extends ServiceResponse> responses)
            throws ServiceResponseException {
        for (ServiceResponse response : responses) {
            if (response.getErrorCode() == ServiceError.ErrorServerBusy) {
                throw new ServiceResponseException(response);
            }
        }
    }

    /** The back-off Exchange names, or the configured one when it names none (or something that is no number). */
    private long backOffMillis(String named) {
        try {
            return named == null ? unnamedBackOffMillis : Math.max(0, Long.parseLong(named.trim()));
        } catch (NumberFormatException e) {
            return unnamedBackOffMillis;
        }
    }

    /** The back-off to wait when {@code e} says the server is busy; empty for any other failure. */
    private Optional<Long> busyBackOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceResponseException r && r.getErrorCode() == ServiceError.ErrorServerBusy) {
                Map<String, String> details = r.getResponse().getErrorDetails();
                String millis = details == null ? null : details.get("BackOffMilliseconds");
                return Optional.of(backOffMillis(millis));
            }
            if (t instanceof HttpErrorException h && h.getHttpErrorCode() == 503) {
                return Optional.of(unnamedBackOffMillis);
            }
        }
        return Optional.empty();
    }

    static EwsCallException translate(String what, Exception e) {
        if (e instanceof EwsCallException already) {
            return already;
        }
        ResponseTooLargeException tooLarge = ObjectHelper.getException(ResponseTooLargeException.class, e);
        if (tooLarge != null) {
            // about this request's answer, not about Exchange being reachable: no outage
            return new EwsCallException(EwsCallException.RESPONSE_TOO_LARGE, what + " failed: " + tooLarge.getMessage(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceResponseException r) {
                return new EwsCallException(r.getErrorCode().name(), what + " failed: " + r.getErrorCode() + " " + r.getMessage(), e);
            }
            if (t instanceof HttpErrorException h) {
                return new EwsCallException(EwsCallException.HTTP_PREFIX + h.getHttpErrorCode(),
                        what + " failed: Exchange answered " + HttpStatusText.of(h.getHttpErrorCode()), e);
            }
        }
        // no answer (refused, timed out, dropped, untrusted certificate), however the library wraps it; anything
        // else, e.g. an item the library refuses to build, is about the call, not about Exchange being reachable
        return new EwsCallException(ObjectHelper.getException(IOException.class, e) != null ? "IO" : "ERROR",
                what + " failed: " + innermostMessage(e), e);
    }

    /**
     * The innermost cause's message, or its type when it has none ("The request failed. null" helps nobody): the
     * library wraps what actually went wrong.
     */
    static String innermostMessage(Throwable failure) {
        Throwable innermost = ObjectHelper.createExceptionIterator(failure).next(); // Camel walks from the innermost
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EwsCallException("INTERRUPTED", "interrupted while waiting for a busy Exchange", e);
        }
    }
}
