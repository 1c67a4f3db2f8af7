package org.lmsexchange.ews.model;

import java.util.List;
import java.util.Map;

/**
 * What a batch delete did: the ids now gone (including those that were already gone) and, for the rest, the
 * EWS error code that kept each one.
 */
public record DeleteResult(List<String> deleted, Map<String, String> failed) {

    public DeleteResult {
        deleted = List.copyOf(deleted);
        failed = Map.copyOf(failed);
    }
}
