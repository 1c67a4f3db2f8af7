package org.lmsexchange.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes item, folder and meeting ids. Ids are opaque base64 strings, as Exchange's are, so that nobody (test or
 * connector) is tempted to parse them.
 */
public final class ItemIds {

    private final AtomicLong sequence = new AtomicLong();

    public String newItemId() {
        return opaque("item:" + sequence.incrementAndGet());
    }

    public String newFolderId() {
        return opaque("folder:" + sequence.incrementAndGet());
    }

    /** A meeting's iCalendar UID: stable for the meeting's life and shared by every copy of it. */
    public String newUid() {
        return "040000008200E00074C5B7101A82E008" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    static String changeKey(String itemId, int version) {
        return opaque("ck:" + itemId.hashCode() + ":" + version);
    }

    private static String opaque(String raw) {
        return "AAMk" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
