package org.lmsexchange.ews.client;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.lmsexchange.ews.EwsOption;

/**
 * The limits of the EWS request an ExchangeService has under way: a deadline for the whole request (connect, TLS
 * handshake, every read of the answer, redirects included) and a cap on the bytes its answer may bring, both as
 * received and after decompression. ews-java-api 2.0 only sets Apache HttpClient's connect and socket time-outs,
 * which bound each read on its own: a server dripping a byte now and then held a call for ever. Its streams are read
 * by the service's one thread; one object per service.
 * <p>
 * The library does not always keep the cause of a failed read (it logs and drops it while reading a SOAP fault), so the
 * limit a request broke is also kept here, for {@link BusyRetry} to report.
 */
final class RequestLimits {

    private final long timeoutMillis;
    private final long maxResponseBytes;
    private long deadlineNanos;
    private long receivedBytes;
    private long decodedBytes;
    private IOException exceeded;

    RequestLimits(long timeoutMillis, long maxResponseBytes) {
        this.timeoutMillis = timeoutMillis;
        this.maxResponseBytes = maxResponseBytes;
        startRequest();
    }

    /** A new request starts: its deadline is the time-out from now, and its answer has brought nothing yet. */
    void startRequest() {
        deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000;
        receivedBytes = 0;
        decodedBytes = 0;
        exceeded = null;
    }

    /**
     * The time-out for the next wait on the socket (connect, read): what is left of the deadline, unless the client
     * asked for less ({@code asked} milliseconds; 0 = no time-out asked).
     *
     * @throws SocketTimeoutException when the deadline has passed
     */
    Wait nextWait(int asked) throws SocketTimeoutException {
        long left = (deadlineNanos - System.nanoTime() + 999_999) / 1_000_000; // rounded up: a wait ends past it
        if (left <= 0) {
            throw timedOut();
        }
        return asked > 0 && asked < left ? new Wait(asked, false) : new Wait((int) Math.min(Integer.MAX_VALUE, left), true);
    }

    /** A wait on the socket: its time-out, and whether that is the request's deadline (else the client's own). */
    record Wait(int timeoutMillis, boolean untilDeadline) {
    }

    SocketTimeoutException timedOut() {
        SocketTimeoutException e = new SocketTimeoutException("no complete answer within " + timeoutMillis + " ms ("
                + EwsOption.TIMEOUT + ")");
        return record(e);
    }

    /** Counts bytes read from the network (compressed, as sent), headers included. */
    void received(int bytes) throws ResponseTooLargeException {
        receivedBytes += bytes;
        if (receivedBytes > maxResponseBytes) {
            throw record(new ResponseTooLargeException(maxResponseBytes, "as received"));
        }
    }

    /** Counts bytes of the answer's body after decompression, as the client parses them. */
    void decoded(int bytes) throws ResponseTooLargeException {
        decodedBytes += bytes;
        if (decodedBytes > maxResponseBytes) {
            throw record(new ResponseTooLargeException(maxResponseBytes, "after decompression"));
        }
    }

    /** The limit the request under way broke, if it broke one. */
    Optional<IOException> exceeded() {
        return Optional.ofNullable(exceeded);
    }

    private <E extends IOException> E record(E e) {
        if (exceeded == null) {
            exceeded = e;
        }
        return e;
    }
}
