package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.ComparisonMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ContainmentMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.http.RequestCounts;

/**
 * Eight threads, each with its own real client, send 200 mixed steps at once: meetings created and updated,
 * learners answering (Java API), the inbox searched and read, answers deleted (two threads may race for the
 * same one), mail injected. Afterwards the mailboxes must add up exactly, as if the steps had run one by one.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int STEPS = 200;
    private static final String ORGANIZER = "svc@example.com";
    private static final List<String> LEARNERS =
            List.of("ann@example.com", "ben@example.com", "cem@example.com", "dora@example.com", "eli@example.com");
    private static final SearchFilter MEETING_RESPONSES = new SearchFilter.ContainsSubstring(ItemSchema.ItemClass,
            "IPM.Schedule.Meeting.Resp", ContainmentMode.Prefixed, ComparisonMode.IgnoreCase);
    private static final PropertySet RESPONSE_PROPERTIES =
            new PropertySet(BasePropertySet.IdOnly, ItemSchema.ItemClass, EmailMessageSchema.From);

    /** A meeting some thread created, with the uid its learners answer by. */
    private record Meeting(String id, String uid, List<String> attendees) {
    }

    /** The requests one thread sent, per operation. */
    private record Tally(int creates, int updates, int finds, int gets, int deletes) {
        Tally plus(Tally other) {
            return new Tally(creates + other.creates, updates + other.updates, finds + other.finds,
                    gets + other.gets, deletes + other.deletes);
        }
    }

    private final EwsSandbox sandbox = EwsSandbox.builder().organizer(ORGANIZER).start();
    private final List<Meeting> meetings = new CopyOnWriteArrayList<>();
    private final List<String> answers = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> successfulDeletes = new ConcurrentHashMap<>();
    private final Set<String> injected = ConcurrentHashMap.newKeySet();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void mixedConcurrentRequestsLeaveConsistentMailboxes() throws Exception {
        long t0=System.nanoTime();
        Tally sent = runAllThreads();
        System.out.println("RUN ms " + (System.nanoTime()-t0)/1_000_000 + " " + sent + " " + sandbox.counters().snapshot());

        assertThat(unexpected).as("failures no race explains").isEmpty();
        assertEveryMeetingStoredOnceAndInvitedOnce();
        assertEveryAnswerInTheInboxOrDeletedOnce();
        RequestCounts counted = sandbox.counters().snapshot();
        assertThat(counted.requests("CreateItem")).isEqualTo(sent.creates()).isEqualTo(meetings.size());
        assertThat(counted.requests("UpdateItem")).isEqualTo(sent.updates());
        assertThat(counted.requests("FindItem")).isEqualTo(sent.finds());
        assertThat(counted.requests("GetItem")).isEqualTo(sent.gets());
        assertThat(counted.requests("DeleteItem")).isEqualTo(sent.deletes());
        assertThat(counted.totalRequests())
                .isEqualTo(sent.creates() + sent.updates() + sent.finds() + sent.gets() + sent.deletes());
    }

    private Tally runAllThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Tally>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    return runSteps(thread);
                }));
            }
            start.countDown();
            Tally total = new Tally(0, 0, 0, 0, 0);
            for (Future<Tally> thread : threads) {
                total = total.plus(thread.get(60, TimeUnit.SECONDS));
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private Tally runSteps(int thread) {
        Random random = new Random(thread);
        List<Appointment> own = new ArrayList<>();
        int creates = 0, updates = 0, finds = 0, gets = 0, deletes = 0;
        try (ExchangeService service = MailFixtures.client(sandbox)) {
            for (int step = 0; step < STEPS; step++) {
                int dice = random.nextInt(100);
                try {
                    if (dice < 20 || meetings.isEmpty()) {
                        own.add(createMeeting(service, random, "T" + thread + "-" + step));
                        creates++;
                    } else if (dice < 35 && !own.isEmpty()) {
                        Appointment meeting = own.get(random.nextInt(own.size()));
                        meeting.setLocation("Room " + step);
                        meeting.update(ConflictResolutionMode.AlwaysOverwrite,
                                SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
                        updates++;
                    } else if (dice < 55) {
                        answer(random);
                    } else if (dice < 75) {
                        finds++;
                        gets += readInbox(service);
                    } else if (dice < 90 && !answers.isEmpty()) {
                        deleteAnswer(service, answers.get(random.nextInt(answers.size())));
                        deletes++;
                    } else {
                        injected.add(sandbox.inject().mail("news@example.org", "News " + thread + "-" + step, "hi"));
                    }
                } catch (Exception e) {
                    unexpected.add("thread " + thread + " step " + step + ": " + e);
                }
            }
        }
        return new Tally(creates, updates, finds, gets, deletes);
    }

    private Appointment createMeeting(ExchangeService service, Random random, String subject) throws Exception {
        List<String> attendees = new ArrayList<>(LEARNERS);
        Collections.shuffle(attendees, random);
        attendees = List.copyOf(attendees.subList(0, 2));
        Appointment meeting = new Appointment(service);
        meeting.setSubject(subject);
        meeting.setStart(Date.from(Instant.parse("2030-05-06T09:00:00Z")));
        meeting.setEnd(Date.from(Instant.parse("2030-05-06T10:00:00Z")));
        meeting.setLocation("Room 1");
        for (String attendee : attendees) {
            meeting.getRequiredAttendees().add(attendee);
        }
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        String id = meeting.getId().getUniqueId();
        String uid = MailFixtures.inStore(sandbox, s -> s.locate(id).orElseThrow().item().uid);
        meetings.add(new Meeting(id, uid, attendees));
        return meeting;
    }

    private void answer(Random random) {
        Meeting meeting = meetings.get(random.nextInt(meetings.size()));
        String learner = meeting.attendees().get(random.nextInt(meeting.attendees().size()));
        answers.add(sandbox.learner(learner).answer(meeting.uid(), Answer.values()[random.nextInt(3)]));
    }

    /** FindItem for the answers, then GetItem for some of them; returns the GetItem requests sent (0 or 1). */
    private int readInbox(ExchangeService service) throws Exception {
        List<Item> found = service.findItems(WellKnownFolderName.Inbox, MEETING_RESPONSES, new ItemView(10)).getItems();
        if (found.isEmpty()) {
            return 0;
        }
        List<ItemId> ids = new ArrayList<>();
        for (Item item : found) {
            ids.add(item.getId());
        }
        for (GetItemResponse response : service.bindToItems(ids, RESPONSE_PROPERTIES)) {
            if (response.getResult() == ServiceResult.Success) {
                if (!(response.getItem() instanceof MeetingResponse)) {
                    unexpected.add("GetItem of an answer gave " + response.getItem().getClass().getSimpleName());
                }
            } else if (response.getErrorCode() != ServiceError.ErrorItemNotFound) { // deleted since the find
                unexpected.add("GetItem: " + response.getErrorCode());
            }
        }
        return 1;
    }

    private void deleteAnswer(ExchangeService service, String id) throws Exception {
        ServiceResponse response = service.deleteItems(List.of(new ItemId(id)), DeleteMode.HardDelete, null, null)
                .getResponseAtIndex(0);
        if (response.getResult() == ServiceResult.Success) {
            successfulDeletes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        } else if (response.getErrorCode() != ServiceError.ErrorItemNotFound) { // another thread was first
            unexpected.add("DeleteItem: " + response.getErrorCode());
        }
    }

    private void assertEveryMeetingStoredOnceAndInvitedOnce() {
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).extracting(item -> item.id())
                .containsExactlyInAnyOrderElementsOf(meetings.stream().map(Meeting::id).toList());
        for (String learner : LEARNERS) {
            List<String> invitedTo = sandbox.received(learner).stream()
                    .filter(request -> "NewMeetingRequest".equals(request.meetingRequestType()))
                    .map(request -> request.uid())
                    .toList();
            List<String> attending = meetings.stream()
                    .filter(meeting -> meeting.attendees().contains(learner))
                    .map(Meeting::uid)
                    .toList();
            assertThat(invitedTo).as("meetings %s was invited to", learner).containsExactlyInAnyOrderElementsOf(attending);
        }
    }

    private void assertEveryAnswerInTheInboxOrDeletedOnce() {
        assertThat(successfulDeletes.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        List<String> expectedInbox = new ArrayList<>(answers);
        expectedInbox.removeAll(successfulDeletes.keySet());
        expectedInbox.addAll(injected);
        assertThat(sandbox.mailbox(ORGANIZER).items("inbox")).extracting(item -> item.id())
                .containsExactlyInAnyOrderElementsOf(expectedInbox);
        assertThat(answers).containsAll(successfulDeletes.keySet()).doesNotHaveDuplicates();
    }
}
