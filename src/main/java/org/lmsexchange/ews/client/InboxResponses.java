package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.OffsetBasePoint;
import microsoft.exchange.webservices.data.core.enumeration.search.SortDirection;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads meeting responses from the service account's inbox in two steps: FindItem for one page of their ids (only
 * items whose class starts with IPM.Schedule.Meeting.Resp, oldest first), and one batched GetItem for the details
 * of the ids asked for. Other mail is never even read. What the details say is judged by {@link TrustedReplies}.
 */
public final class InboxResponses {

    /** One page of response ids, in the order Exchange lists them, and whether more follow. */
    public record Page(List<String> ids, boolean moreAvailable) {
    }

    /** The id alone: reading it shows whether an item can be read at all. */
    static final PropertySet ID_ONLY = new PropertySet(BasePropertySet.IdOnly);
    /** What a reply is made of ({@link TrustedReplies}), and what names the response in a warning (Subject). */
    static final List<PropertyDefinition> DETAILS = List.of(ItemSchema.ItemClass, ItemSchema.Subject,
            EmailMessageSchema.From, EmailMessageSchema.Sender, ItemSchema.DateTimeSent, ItemSchema.DateTimeReceived,
            AppointmentSchema.ICalUid, MeetingMessageSchema.IsDelegated, MeetingMessageSchema.IsOutOfDate);
    private static final PropertySet ALL_DETAILS = new PropertySet(BasePropertySet.IdOnly,
            DETAILS.toArray(PropertyDefinition[]::new));

    private static final Logger LOG = LoggerFactory.getLogger(InboxResponses.class);

    private final ExchangeService service;
    private final String mailbox;

    InboxResponses(ExchangeService service, String mailbox) {
        this.service = service;
        this.mailbox = mailbox;
    }

    /** The ids of the responses at {@code offset}, at most {@code pageSize} of them. */
    Page find(int offset, int pageSize) throws Exception {
        ItemView view = new ItemView(pageSize, offset, OffsetBasePoint.Beginning);
        view.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass));
        view.getOrderBy().add(ItemSchema.DateTimeReceived, SortDirection.Ascending);
        SearchFilter responses = new SearchFilter.ContainsSubstring(ItemSchema.ItemClass, "IPM.Schedule.Meeting.Resp",
                ContainmentMode.Prefixed, ComparisonMode.IgnoreCase);
        FindItemsResults<Item> found = service.findItems(new FolderId(WellKnownFolderName.Inbox, new Mailbox(mailbox)),
                responses, view);
        List<String> ids = new ArrayList<>();
        for (Item item : found.getItems()) {
            ids.add(item.getId().getUniqueId());
        }
        return new Page(ids, found.isMoreAvailable());
    }

    /**
     * The items' details, read in one batch, by the id asked for, in that order; an item that is gone or refused by
     * Exchange is left out.
     */
    Map<String, Item> read(List<String> itemIds) throws Exception {
        return read(itemIds, ALL_DETAILS);
    }

    /**
     * The items with the given properties, read in one batch, by the id asked for: GetItem answers in the order
     * asked, and an answer need not carry a usable ItemId of its own.
     */
    Map<String, Item> read(List<String> itemIds, PropertySet properties) throws Exception {
        Map<String, Item> items = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return items;
        }
        List<ItemId> ids = new ArrayList<>();
        for (String id : itemIds) {
            ids.add(new ItemId(id));
        }
        ServiceResponseCollection<GetItemResponse> details = service.bindToItems(ids, properties);
        BusyRetry.throwIfBusy(details);
        for (int i = 0; i < ids.size(); i++) {
            GetItemResponse loaded = details.getResponseAtIndex(i);
            if (loaded.getResult() == ServiceResult.Error) {
                skip(itemIds.get(i), loaded.getErrorCode());
                continue;
            }
            items.put(itemIds.get(i), loaded.getItem());
        }
        return items;
    }

    /**
     * An item that cannot be read must not block the rest. Gone since FindItem is normal (another connector
     * instance deleted it after applying it), so only other errors are worth a warning.
     */
    private static void skip(String itemId, ServiceError error) {
        if (error == ServiceError.ErrorItemNotFound) {
            LOG.debug("Skipping inbox item {}: deleted since it was found", itemId);
        } else {
            LOG.warn("Skipping inbox item {}: reading it failed with {}", itemId, error);
        }
    }
}
