package org.lmsexchange.ews.client;

import java.io.IOException;
import org.lmsexchange.ews.EwsOption;

/** An answer from Exchange was larger than the connector reads ({@link EwsOption#MAX_RESPONSE_BYTES}). */
final class ResponseTooLargeException extends IOException {

    ResponseTooLargeException(long maxBytes, String when) {
        super("the answer is larger than " + maxBytes + " bytes " + when + " (" + EwsOption.MAX_RESPONSE_SIZE
                + ", component option maxResponseSize); it was not read further. Raise the limit only if Exchange's "
                + "answers are really this large");
    }
}
