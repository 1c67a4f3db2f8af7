package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.search.LogicalOperator;
import microsoft.exchange.webservices.data.core.enumeration.search.SortDirection;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;

class FindItemTest {

    private static final SearchFilter MEETING_RESPONSES = new SearchFilter.ContainsSubstring(ItemSchema.ItemClass,
            "IPM.Schedule.Meeting.Resp", ContainmentMode.Prefixed, ComparisonMode.IgnoreCase);

    private EwsSandbox sandbox;
    private ExchangeService service;

    @BeforeEach
    void start() {
        sandbox = EwsSandbox.builder().clock(MailFixtures.steppingClock()).start();
        service = MailFixtures.client(sandbox);
    }

    @AfterEach
    void stop() {
        service.close();
        sandbox.close();
    }

    @Test
    void theInboxOfAnotherMailboxCannotBeOpenedWithoutImpersonation() throws Exception {
        sandbox.store().inTransaction(s -> {
            MailFixtures.message(s, "for the organizer");
            MailItem theirs = new MailItem(s.ids().newItemId(), ItemKind.MESSAGE);
            theirs.subject = "private";
            s.deliver(EmailAddress.of("other@example.com"), theirs);
        });
        FolderId othersInbox = new FolderId(WellKnownFolderName.Inbox, new Mailbox("other@example.com"));

        assertThatThrownBy(() -> service.findItems(othersInbox, new ItemView(10)))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorAccessDenied))
                .hasMessageContaining("other@example.com");
        FolderId ownInbox = new FolderId(WellKnownFolderName.Inbox, new Mailbox("SVC@example.com"));
        assertThat(service.findItems(ownInbox, new ItemView(10)).getTotalCount()).isEqualTo(1);
    }

    @Test
    void aMailboxThatDoesNotExistIsNamedSo() {
        FolderId nobodysCalendar = new FolderId(WellKnownFolderName.Calendar, new Mailbox("nobody@example.com"));

        assertThatThrownBy(() -> service.findItems(nobodysCalendar, new ItemView(10)))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorNonExistentMailbox))
                .hasMessageContaining("nobody@example.com");
    }

    @Test
    void pagingThroughALargeInboxSeesEveryItemOnce() throws Exception {
        sandbox.store().inTransaction(s -> {
            for (int i = 0; i < 1050; i++) {
                MailFixtures.message(s, "mail " + i);
            }
        });

        Set<String> seen = new HashSet<>();
        int pages = 0;
        FindItemsResults<Item> page;
        ItemView view = new ItemView(100, 0);
        do {
            page = service.findItems(WellKnownFolderName.Inbox, view);
            assertThat(page.getTotalCount()).isEqualTo(1050);
            for (Item item : page.getItems()) {
                assertThat(seen.add(item.getId().getUniqueId())).isTrue();
            }
            pages++;
            if (page.isMoreAvailable()) {
                view.setOffset(page.getNextPageOffset());
            }
        } while (page.isMoreAvailable());

        assertThat(seen).hasSize(1050);
        assertThat(pages).isEqualTo(11);
    }

    @Test
    void aPrefixRestrictionOnTheItemClassFindsOnlyMeetingResponses() throws Exception {
        sandbox.store().inTransaction(s -> {
            MailItem meeting = MailFixtures.calendarItem(s, "Induction", "ann@example.com", "bob@example.com");
            MailFixtures.message(s, "newsletter");
            MailFixtures.meetingResponse(s, meeting, "ann@example.com", ResponseType.Accept);
            MailFixtures.meetingResponse(s, meeting, "bob@example.com", ResponseType.Decline).itemClass =
                    "ipm.schedule.meeting.resp.neg"; // servers do not normalise case
        });

        List<Item> found = service.findItems(WellKnownFolderName.Inbox, MEETING_RESPONSES, new ItemView(50)).getItems();

        assertThat(found).hasSize(2).allMatch(item -> item instanceof MeetingResponse);
    }

    @Test
    void anExtendedPropertyCanBeMatchedExactly() throws Exception {
        sandbox.store().inTransaction(s -> {
            MailFixtures.tagWithEvent(MailFixtures.message(s, "first"), "EVT-1");
            MailFixtures.tagWithEvent(MailFixtures.message(s, "second"), "EVT-2");
            MailFixtures.message(s, "untagged");
        });

        SearchFilter both = new SearchFilter.SearchFilterCollection(LogicalOperator.And,
                new SearchFilter.IsEqualTo(MailFixtures.EVENT_ID, "EVT-2"),
                new SearchFilter.Not(new SearchFilter.ContainsSubstring(ItemSchema.Subject, "first")));
        ItemView view = new ItemView(10);
        view.setPropertySet(new PropertySet(BasePropertySet.IdOnly, ItemSchema.Subject));

        assertThat(service.findItems(WellKnownFolderName.Inbox, both, view).getItems())
                .extracting(this::subject).containsExactly("second");
    }

    @Test
    void itemsComeSortedByDateTimeReceivedEitherWay() throws Exception {
        sandbox.store().inTransaction(s -> {
            for (String subject : List.of("a", "b", "c")) {
                MailFixtures.message(s, subject);
            }
        });
        ItemView view = new ItemView(10);
        view.getOrderBy().add(ItemSchema.DateTimeReceived, SortDirection.Descending);
        assertThat(service.findItems(WellKnownFolderName.Inbox, view).getItems())
                .extracting(this::subject).containsExactly("c", "b", "a");

        view = new ItemView(2);
        view.getOrderBy().add(ItemSchema.DateTimeReceived, SortDirection.Ascending);
        FindItemsResults<Item> firstPage = service.findItems(WellKnownFolderName.Inbox, view);
        assertThat(firstPage.getItems()).extracting(this::subject).containsExactly("a", "b");
        assertThat(firstPage.isMoreAvailable()).isTrue();
    }

    @Test
    void anUnsupportedRestrictionIsAClearError() {
        SearchFilter onSize = new SearchFilter.IsGreaterThan(ItemSchema.Size, 10);

        assertThatThrownBy(() -> service.findItems(WellKnownFolderName.Inbox, onSize, new ItemView(10)))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorUnsupportedQueryFilter))
                .hasMessageContaining("IsGreaterThan");
        SearchFilter sizeEquals = new SearchFilter.IsEqualTo(ItemSchema.Size, 10);
        assertThatThrownBy(() -> service.findItems(WellKnownFolderName.Inbox, sizeEquals, new ItemView(10)))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorUnsupportedPathForQuery))
                .hasMessageContaining("item:Size");
    }

    private String subject(Item item) {
        try {
            return item.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
