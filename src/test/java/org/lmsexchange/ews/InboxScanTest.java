package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lmsexchange.ews.client.InboxResponses;

/** One poll's walk through the inbox's pages, against servers that page rightly and wrongly. */
@Timeout(10)
class InboxScanTest {

    private final List<Integer> offsetsAsked = new ArrayList<>();

    @Test
    void walksEveryPageOnceToTheLast() throws Exception {
        InboxScan.Result result = InboxScan.walk("svc@example.com",
                pages(page(true, "a", "b"), page(true, "c", "d"), page(false, "e")), id -> false, 0);

        assertThat(result.toRead()).containsExactly("a", "b", "c", "d", "e");
        assertThat(result.complete()).isTrue();
        assertThat(offsetsAsked).containsExactly(0, 2, 4);
    }

    @Test
    void leavesOutKeptItemsButCountsThemAsSeen() throws Exception {
        InboxScan.Result result = InboxScan.walk("svc@example.com",
                pages(page(true, "a", "b"), page(false, "c")), Set.of("b")::contains, 0);

        assertThat(result.toRead()).containsExactly("a", "c");
        assertThat(result.seen()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aServerThatListsTheSamePageAgainEndsThePoll() throws Exception {
        InboxResponses.Page same = page(true, "a", "b");
        InboxScan.Result result = InboxScan.walk("svc@example.com", offset -> {
            offsetsAsked.add(offset);
            return same; // ignores the offset and always says more follow
        }, id -> false, 0);

        assertThat(result.toRead()).containsExactly("a", "b");
        assertThat(result.complete()).isFalse();
        assertThat(offsetsAsked).containsExactly(0, 2);
    }

    @Test
    void anEmptyPageThatClaimsMoreEndsThePoll() throws Exception {
        InboxScan.Result result = InboxScan.walk("svc@example.com",
                pages(page(true, "a"), page(true), page(false, "never")), id -> false, 0);

        assertThat(result.toRead()).containsExactly("a");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void readsNoMoreThanTheLimit() throws Exception {
        InboxScan.Result result = InboxScan.walk("svc@example.com",
                pages(page(true, "a", "b"), page(true, "c", "d"), page(false, "e")), id -> false, 3);

        assertThat(result.toRead()).containsExactly("a", "b", "c");
        assertThat(result.complete()).isFalse();
        assertThat(offsetsAsked).containsExactly(0, 2);
    }

    private InboxScan.Pages pages(InboxResponses.Page... pages) {
        return offset -> {
            offsetsAsked.add(offset);
            int index = offsetsAsked.size() - 1;
            return pages[index];
        };
    }

    private static InboxResponses.Page page(boolean moreAvailable, String... ids) {
        return new InboxResponses.Page(List.of(ids), moreAvailable);
    }
}
