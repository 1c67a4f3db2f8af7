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
                // reading and folders
                new org.lmsexchange.sandbox.ops.items.GetItemOperation(),
                new org.lmsexchange.sandbox.ops.items.FindItemOperation(),
                new org.lmsexchange.sandbox.ops.items.MoveItemOperation(),
                new org.lmsexchange.sandbox.ops.items.SyncFolderItemsOperation(),
                new org.lmsexchange.sandbox.ops.folders.CreateFolderOperation(),
                new org.lmsexchange.sandbox.ops.folders.FindFolderOperation()
        ));
    }

    public Optional<EwsOperation> find(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Collection<String> names() {
        return operations.keySet();
    }
}
