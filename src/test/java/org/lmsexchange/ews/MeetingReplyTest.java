package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.ReplyAnswer;

/** The addresses of a reply compare as the LMS's do: trimmed and in lower case, whatever the server sends. */
class MeetingReplyTest {

    @Test
    void paddedOrUpperCaseAddressesAreTheLearnersPlainAddress() {
        MeetingReply reply = new MeetingReply("item", "uid", ReplyAnswer.ACCEPT, "  Ivan@Example.COM ", " BOSS@example.com",
                true, false, Instant.EPOCH);

        assertThat(reply.attendee()).isEqualTo("ivan@example.com");
        assertThat(reply.sender()).isEqualTo("boss@example.com");
    }
}
