package org.lmsexchange.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.MeetingMessageSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.ResponseType;

/**
 * Not a test: measures how fast the sandbox serves the connector's main read, GetItem of meeting responses in
 * batches of 100 with the property set of get-meeting-response.http, through the real client.
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.lmsexchange.sandbox.SandboxBenchmark</pre>
 */
public final class SandboxBenchmark {

    private static final int RESPONSES = 5_000;
    private static final int BATCH = 100;
    private static final Duration RUN_FOR = Duration.ofSeconds(10);
    private static final PropertySet RESPONSE_PROPERTIES = new PropertySet(BasePropertySet.IdOnly,
            ItemSchema.ItemClass, ItemSchema.Subject, EmailMessageSchema.From, EmailMessageSchema.Sender,
            MeetingMessageSchema.ResponseType, MeetingMessageSchema.AssociatedAppointmentId, AppointmentSchema.ICalUid,
            MeetingMessageSchema.IsDelegated, MeetingMessageSchema.IsOutOfDate);

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = MailFixtures.client(sandbox)) {
            List<ItemId> ids = fillInbox(sandbox);
            runBatches(service, ids, Duration.ofSeconds(2)); // warm up the JIT and the connection
            List<Long> latencies = runBatches(service, ids, RUN_FOR);
            report(latencies);
        }
    }

    private static List<ItemId> fillInbox(EwsSandbox sandbox) throws Exception {
        List<MailItem> responses = MailFixtures.inStore(sandbox, s -> {
            List<MailItem> all = new ArrayList<>();
            MailItem meeting = MailFixtures.calendarItem(s, "Benchmark meeting");
            for (int i = 0; i < RESPONSES; i++) {
                all.add(MailFixtures.meetingResponse(s, meeting, "learner" + i + "@example.com", ResponseType.Accept));
            }
            return all;
        });
        List<ItemId> ids = new ArrayList<>();
        for (MailItem response : responses) {
            ids.add(new ItemId(response.id));
        }
        return ids;
    }

    /** Runs GetItem batches for the given time; returns each request's latency in nanoseconds. */
    private static List<Long> runBatches(ExchangeService service, List<ItemId> ids, Duration duration)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        int offset = 0;
        while (System.nanoTime() < end) {
            List<ItemId> batch = ids.subList(offset, offset + BATCH);
            long started = System.nanoTime();
            service.bindToItems(batch, RESPONSE_PROPERTIES);
            latencies.add(System.nanoTime() - started);
            offset = (offset + BATCH) % ids.size();
        }
        return latencies;
    }

    private static void report(List<Long> latencies) {
        long total = latencies.stream().mapToLong(Long::longValue).sum();
        double itemsPerSecond = latencies.size() * (double) BATCH / (total / 1e9);
        Collections.sort(latencies);
        System.out.printf("GetItem batches of %d: %.0f items/s (%d requests, p50 %.1f ms / p95 %.1f ms)%n",
                BATCH, itemsPerSecond, latencies.size(),
                latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 95 / 100) / 1e6);
    }
}
