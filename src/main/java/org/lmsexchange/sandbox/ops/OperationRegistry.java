package org.lmsexchange.sandbox.ops;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmsexchange.sandbox.ops.folders.CreateFolderOperation;
import org.lmsexchange.sandbox.ops.folders.FindFolderOperation;
import org.lmsexchange.sandbox.ops.items.FindItemOperation;
import org.lmsexchange.sandbox.ops.items.GetItemOperation;
import org.lmsexchange.sandbox.ops.items.MoveItemOperation;
import org.lmsexchange.sandbox.ops.items.SyncFolderItemsOperation;

/** The operations the sandbox speaks, by request element name. */
public final class OperationRegistry {

    private final Map<String, SoapOperation> operations = new LinkedHashMap<>();

    public OperationRegistry(Collection<SoapOperation> operations) {
        operations.forEach(op -> this.operations.put(op.name(), op));
    }

    /** Every operation of the EWS subset the connector uses. */
    public static OperationRegistry standard() {
        return new OperationRegistry(List.of(
                new CreateItemOperation(),
                new UpdateItemOperation(),
                new DeleteItemOperation(),
                new GetItemOperation(),
                new FindItemOperation(),
                new MoveItemOperation(),
                new SyncFolderItemsOperation(),
                new CreateFolderOperation(),
                new FindFolderOperation()
        ));
    }

    public Optional<SoapOperation> find(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Collection<String> names() {
        return operations.keySet();
    }
}
