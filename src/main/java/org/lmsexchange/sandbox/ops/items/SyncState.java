package org.lmsexchange.sandbox.ops.items;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.Folder;

/**
 * The m:SyncState the sandbox hands out: the folder's id and the change-log sequence the client has seen, made
 * opaque (base64) like Exchange's. A state that is malformed, from another folder or from the future is
 * ErrorInvalidSyncStateData.
 */
final class SyncState {

    private static final String PREFIX = "sandbox-sync:";

    private SyncState() {
    }

    static String encode(Folder folder, long sequence) {
        String raw = PREFIX + folder.id() + ":" + sequence;
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence a state stands for in this folder. */
    static long decode(String state, Folder folder) {
        String raw;
        try {
            raw = new String(Base64.getDecoder().decode(state.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String folderPrefix = PREFIX + folder.id() + ":";
        if (!raw.startsWith(folderPrefix)) {
            throw invalid();
        }
        try {
            long sequence = Long.parseLong(raw.substring(folderPrefix.length()));
            if (sequence < 0 || sequence > folder.changeSequence()) {
                throw invalid();
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static EwsException invalid() {
        return new EwsException("ErrorInvalidSyncStateData",
                "The sync state is not valid for this folder; start again without a sync state.");
    }
}
