package org.lmsexchange.sandbox.http;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lmsexchange.sandbox.soap.Dom;
import org.w3c.dom.Element;

/**
 * Counts the EWS requests per operation and the items in each, as {@code sandbox.counters()}. Every well-formed,
 * authenticated request counts, including the ones a planned fault fails, so that a client's retries show.
 */
public final class RequestCounters {

    /** The elements holding a request's batch: one item (or folder) per child. */
    private static final Set<String> BATCHES = Set.of("ItemIds", "Items", "ItemChanges", "FolderIds", "ParentFolderIds");

    private final Map<String, RequestCounts.OperationCounts> operations = new TreeMap<>();

    /** The items in a request: the children of its batch element (m:ItemIds, m:Items, ...), else one. */
    static int itemsIn(Element operation) {
        return Dom.children(operation).stream()
                .filter(child -> BATCHES.contains(child.getLocalName()))
                .findFirst()
                .map(batch -> Dom.children(batch).size())
                .orElse(1);
    }

    synchronized void record(String operation, int items) {
        operations.merge(operation, new RequestCounts.OperationCounts(1, items, items), (old, one) ->
                new RequestCounts.OperationCounts(old.requests() + 1, old.items() + items,
                        Math.max(old.largestRequest(), items)));
    }

    public synchronized RequestCounts snapshot() {
        return new RequestCounts(operations);
    }

    /** Starts counting from zero; returns what was counted until now. */
    public synchronized RequestCounts reset() {
        RequestCounts counted = snapshot();
        operations.clear();
        return counted;
    }
}
