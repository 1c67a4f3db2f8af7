package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.store.MailItem;

class FolderOperationsTest {

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
    void aCreatedFolderCanBeFoundAndFilledByMovingMailIntoIt() throws Exception {
        Folder processed = newFolder("Processed", WellKnownFolderName.Inbox);
        MailItem message = MailFixtures.inStore(sandbox, s -> MailFixtures.message(s, "done"));

        Item moved = Item.bind(service, new ItemId(message.id)).move(processed.getId());

        assertThat(service.findItems(processed.getId(), new ItemView(10)).getItems())
                .extracting(i -> i.getId().getUniqueId()).containsExactly(moved.getId().getUniqueId());
        assertThat(service.findItems(WellKnownFolderName.Inbox, new ItemView(10)).getTotalCount()).isZero();
    }

    @Test
    void aSecondFolderOfTheSameNameUnderTheSameParentIsRefused() throws Exception {
        newFolder("Processed", WellKnownFolderName.Inbox);
        newFolder("Processed", WellKnownFolderName.SentItems); // another parent: fine

        assertThatThrownBy(() -> newFolder("processed", WellKnownFolderName.Inbox))
                .isInstanceOfSatisfying(ServiceResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorFolderExists));
    }

    @Test
    void findFolderLooksAtChildrenOrTheWholeTreeAndFiltersByName() throws Exception {
        Folder processed = newFolder("Processed", WellKnownFolderName.Inbox);
        newFolder("2026", processed.getId());

        FindFoldersResults children = service.findFolders(WellKnownFolderName.MsgFolderRoot, new FolderView(50));
        assertThat(children.getFolders()).extracting(this::name)
                .containsExactly("Calendar", "Inbox", "Sent Items", "Deleted Items");

        FolderView deep = new FolderView(50);
        deep.setTraversal(FolderTraversal.Deep);
        assertThat(service.findFolders(WellKnownFolderName.MsgFolderRoot, deep).getTotalCount()).isEqualTo(6);

        FindFoldersResults named = service.findFolders(WellKnownFolderName.MsgFolderRoot,
                new SearchFilter.IsEqualTo(FolderSchema.DisplayName, "2026"), deep);
        assertThat(named.getFolders()).singleElement().satisfies(f -> {
            assertThat(name(f)).isEqualTo("2026");
            assertThat(f.getParentFolderId().getUniqueId()).isEqualTo(processed.getId().getUniqueId());
        });
    }

    private Folder newFolder(String name, WellKnownFolderName parent) throws Exception {
        return newFolder(name, new FolderId(parent));
    }

    private Folder newFolder(String name, FolderId parent) throws Exception {
        Folder folder = new Folder(service);
        folder.setDisplayName(name);
        folder.save(parent);
        return folder;
    }

    private String name(Folder folder) {
        try {
            return folder.getDisplayName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
