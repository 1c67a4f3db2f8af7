package org.lmsexchange.ews;

import org.apache.camel.spi.Metadata;

/** Message headers the {@code ews:} component reads and sets. */
public final class EwsConstants {

    private static final String HEADER_PREFIX = "CamelEws";

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message.",
              javaType = "org.lmsexchange.ews.EwsOperation")
    public static final String OPERATION = HEADER_PREFIX + "Operation";

    @Metadata(label = "producer", description = "findResponses: the inbox offset to read from (default 0).",
              javaType = "Integer")
    public static final String OFFSET = HEADER_PREFIX + "Offset";

    @Metadata(label = "producer", description = "findResponses: the offset of the next page.", javaType = "Integer")
    public static final String NEXT_OFFSET = HEADER_PREFIX + "NextOffset";

    @Metadata(label = "producer", description = "findResponses: whether the inbox holds more responses after this page.",
              javaType = "Boolean")
    public static final String MORE_AVAILABLE = HEADER_PREFIX + "MoreAvailable";

    @Metadata(label = "producer", description = "cancelMeeting: the text the attendees read in the cancellation "
            + "(plain text; none when not set).", javaType = "String")
    public static final String CANCELLATION_TEXT = HEADER_PREFIX + "CancellationText";

    @Metadata(label = "consumer", description = "Set by the route: what becomes of the response once its exchange "
            + "has completed successfully: DELETE (deleted after the poll) or KEEP (left in the inbox, not read again "
            + "until keptRereadDelay has passed). Unset, or a failed exchange: read again at the next poll.",
              javaType = "org.lmsexchange.ews.Disposition")
    public static final String DISPOSITION = HEADER_PREFIX + "Disposition";

    private EwsConstants() {
    }
}
