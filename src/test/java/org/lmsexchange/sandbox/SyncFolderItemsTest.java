package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.Folder;
import org.lmsexchange.sandbox.store.MailItem;

class SyncFolderItemsTest {

    private static final FolderId INBOX = new FolderId(WellKnownFolderName.Inbox);

    private EwsSandbox sandbox;
    private ExchangeService service;

    @BeforeEach
    void start() {
        sandbox = EwsSandbox.builder().start();
        service = MailFixtures.client(sandbox);
    }

    @AfterEach
    void stop() {
        service.close();
        sandbox.close();
    }

    @Test
    void theFirstSyncReportsEveryItemAsCreatedAndLaterOnesOnlyWhatChanged() throws Exception {
        List<MailItem> mail = MailFixtures.inStore(sandbox, s -> List.of(
                MailFixtures.message(s, "one"), MailFixtures.message(s, "two"), MailFixtures.message(s, "three")));

        ChangeCollection<ItemChange> first = sync(null, 100);
        assertThat(first.getMoreChangesAvailable()).isFalse();
        assertThat(changes(first)).containsExactly(
                Map.entry(mail.get(0).id, ChangeType.Create),
                Map.entry(mail.get(1).id, ChangeType.Create),
                Map.entry(mail.get(2).id, ChangeType.Create));
        assertThat(first.getChangeAtIndex(0).getItem().getSubject()).isEqualTo("one");

        MailItem four = MailFixtures.inStore(sandbox, s -> {
            Folder inbox = s.mailbox(EmailAddress.of(MailFixtures.ORGANIZER)).inbox();
            MailItem two = inbox.item(mail.get(1).id);
            two.subject = "two, edited";
            two.touch();
            inbox.updated(two);
            inbox.updated(two);
            inbox.remove(mail.get(2).id);
            MailItem created = MailFixtures.message(s, "four");
            inbox.updated(created); // created and changed since the last sync: still one Create
            return created;
        });

        ChangeCollection<ItemChange> second = sync(first.getSyncState(), 100);
        assertThat(changes(second)).containsExactly(
                Map.entry(mail.get(1).id, ChangeType.Update),
                Map.entry(mail.get(2).id, ChangeType.Delete),
                Map.entry(four.id, ChangeType.Create));
        assertThat(second.getChangeAtIndex(0).getItem().getSubject()).isEqualTo("two, edited");

        assertThat(sync(second.getSyncState(), 100).getCount()).isZero();
    }

    @Test
    void maxChangesReturnedPagesTheChanges() throws Exception {
        MailFixtures.inStore(sandbox, s -> {
            for (int i = 0; i < 25; i++) {
                MailFixtures.message(s, "mail " + i);
            }
            return null;
        });

        List<String> seen = new ArrayList<>();
        String state = null;
        ChangeCollection<ItemChange> page;
        int calls = 0;
        do {
            page = sync(state, 10);
            for (ItemChange change : page) {
                seen.add(change.getItemId().getUniqueId());
            }
            state = page.getSyncState();
            calls++;
        } while (page.getMoreChangesAvailable());

        assertThat(calls).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void aSyncStateTheSandboxDidNotIssueIsRefused() {
        assertThatThrownBy(() -> sync("STATE1", 100))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorInvalidSyncStateData));
    }

    private ChangeCollection<ItemChange> sync(String state, int max) throws Exception {
        return service.syncFolderItems(INBOX, PropertySet.FirstClassProperties, null, max,
                SyncFolderItemsScope.NormalItems, state);
    }

    private static List<Map.Entry<String, ChangeType>> changes(ChangeCollection<ItemChange> changes)
            throws Exception {
        List<Map.Entry<String, ChangeType>> all = new ArrayList<>();
        for (ItemChange change : changes) {
            all.add(Map.entry(change.getItemId().getUniqueId(), change.getChangeType()));
        }
        return all;
    }
}
