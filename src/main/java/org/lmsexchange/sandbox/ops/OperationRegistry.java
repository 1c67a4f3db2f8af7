package org.lmsexchange.sandbox.ops;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The operations the sandbox speaks, by request element name. */
public final class OperationRegistry {

    private final Map<String, EwsOperation> operations = new LinkedHashMap<>();

    public OperationRegistry(Collection<EwsOperation> operations) {
        operations.forEach(op -> this.operations.put(op.name(), op));
    }

    /** Every operation of the EWS subset the connector uses. */
    public static OperationRegistry standard() {
        return new OperationRegistry(java.util.List.of(
                // organizer's meeting writes (sb-meetings)
                new CreateItemOperation(),
                new UpdateItemOperation(),
                new DeleteItemOperation()
        ));
    }

    public Optional<EwsOperation> find(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Collection<String> names() {
        return operations.keySet();
    }
}
