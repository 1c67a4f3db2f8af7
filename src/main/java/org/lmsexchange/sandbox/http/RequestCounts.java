package org.lmsexchange.sandbox.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * How many EWS requests of each operation the sandbox received and how many items they carried: a snapshot of
 * {@link RequestCounters}. Lets a test check batching ("3 CreateItem requests, at most 50 items each").
 */
public record RequestCounts(Map<String, OperationCounts> operations) {

    /** One operation's totals; {@code largestRequest} is the most items a single request carried. */
    public record OperationCounts(long requests, long items, int largestRequest) {
    }

    public RequestCounts {
        operations = Map.copyOf(operations);
    }

    public long requests(String operation) {
        return counts(operation).requests();
    }

    public long items(String operation) {
        return counts(operation).items();
    }

    public int largestRequest(String operation) {
        return counts(operation).largestRequest();
    }

    @JsonProperty("totalRequests")
    public long totalRequests() {
        return operations.values().stream().mapToLong(OperationCounts::requests).sum();
    }

    private OperationCounts counts(String operation) {
        return operations.getOrDefault(operation, new OperationCounts(0, 0, 0));
    }
}
