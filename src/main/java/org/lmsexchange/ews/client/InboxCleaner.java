package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.lmsexchange.ews.model.DeleteResult;

/**
 * Deletes processed responses from the inbox in one batch (HardDelete). An item that is already gone counts as
 * deleted; a busy server fails the batch so that it is tried again; any other per-item error is reported, not
 * thrown, so one stuck item never blocks the rest.
 */
final class InboxCleaner {

    private final ExchangeService service;

    InboxCleaner(ExchangeService service) {
        this.service = service;
    }

    DeleteResult delete(Collection<String> itemIds) throws Exception {
        List<String> deleted = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return new DeleteResult(deleted, failed);
        }
        List<ItemId> ids = new ArrayList<>();
        for (String id : itemIds) {
            ids.add(new ItemId(id));
        }
        ServiceResponseCollection<ServiceResponse> responses = service.deleteItems(ids, DeleteMode.HardDelete, null, null);
        // trying the whole batch again is safe: what this attempt did delete then answers ErrorItemNotFound
        BusyRetry.throwIfBusy(responses);
        for (int i = 0; i < ids.size(); i++) {
            ServiceResponse response = responses.getResponseAtIndex(i);
            String id = ids.get(i).getUniqueId();
            if (response.getResult() == ServiceResult.Success || response.getErrorCode() == ServiceError.ErrorItemNotFound) {
                deleted.add(id);
            } else {
                failed.put(id, response.getErrorCode().name());
            }
        }
        return new DeleteResult(deleted, failed);
    }
}
