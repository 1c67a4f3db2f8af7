package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A meeting response the connector cannot read (no From, no UID, no DateTimeSent, a date that does not parse), as a
 * broken or hostile server shows it, is set aside on its own: it stays in the inbox, changes nothing, is reported
 * once at WARN naming the item and the field at fault, and is not read again at every poll; the answers around it
 * are applied and deleted.
 */
class MalformedResponsesTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    private static final String CHEN = "chen@example.com";
    private static final String DANA = "dana@example.com";
    private static final String EMIL = "emil@example.com";
    private static final String FAY = "fay@example.com";
    private static final String GIL = "gil@example.com";

    private final MangledItemsProxy exchange = startProxy();

    private MangledItemsProxy startProxy() {
        try {
            return new MangledItemsProxy(sandbox.ewsUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.component.ews.url", exchange.url().toString());
        // all of them in one GetItem batch: a bad one must not take the others down with it
        settings.setProperty("camel.component.ews.page-size", "10");
        return settings;
    }

    @AfterAll
    void stopProxy() {
        exchange.close();
    }

    @Test
    void aResponseThatCannotBeReadIsLeftAloneAndTheOthersAreApplied() {
        String uid = awaitMeeting(lms.event("EVT-BROKEN").booked(ADA, BRIAN, CHEN, DANA, EMIL, FAY, GIL)
                .insert());

        try (CapturedLog log = CapturedLog.capture()) {
            // each learner's answer is mangled by the server from the start; the good answers go in last, so that
            // the poll that reads them reads the broken ones in the same batch
            exchange.withoutElement(BRIAN, "t:From");
            exchange.withoutElement(CHEN, "t:UID");
            exchange.withoutElement(DANA, "t:DateTimeSent");
            exchange.withText(EMIL, "t:DateTimeSent", "31/02/2026 25:61");
            // an answer without an ItemId of its own is still the item asked for: applied and deleted
            exchange.withoutElement(GIL, "t:ItemId");
            String noFrom = sandbox.learner(BRIAN).decline(uid);
            String noUid = sandbox.learner(CHEN).decline(uid);
            String noSentTime = sandbox.learner(DANA).decline(uid);
            String badDate = sandbox.learner(EMIL).decline(uid);
            // and by its id, for the reads of one field at a time that name the field at fault
            exchange.withText(badDate, "t:DateTimeSent", "31/02/2026 25:61");
            sandbox.learner(ADA).accept(uid);
            sandbox.learner(FAY).tentativelyAccept(uid);
            sandbox.learner(GIL).decline(uid);

            eventually().untilAsserted(() -> assertThat(inboxIds())
                    .containsExactlyInAnyOrder(noFrom, noUid, noSentTime, badDate));
            assertThat(lms.booking("EVT-BROKEN", ADA)).containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED");
            assertThat(lms.booking("EVT-BROKEN", FAY)).containsEntry("status", "BOOKED").containsEntry("response", "TENTATIVE");
            assertThat(lms.booking("EVT-BROKEN", GIL)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
            for (String learner : new String[] {BRIAN, CHEN, DANA, EMIL}) {
                assertThat(lms.booking("EVT-BROKEN", learner)).as(learner)
                        .containsEntry("status", "BOOKED").containsEntry("response", null);
            }

            // a few more polls: the broken ones are neither read nor reported again
            long polls = sandbox.counters().snapshot().requests("FindItem");
            eventually().until(() -> sandbox.counters().snapshot().requests("FindItem") >= polls + 3);
            assertThat(log.count(Level.WARN, "")).as(log.everything()).isEqualTo(4);
            assertThat(log.count(Level.WARN, noFrom)).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, noUid)).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, noSentTime)).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, badDate)).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, "no From")).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, "no UID")).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, "no DateTimeSent")).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, "cannot be read: DateTimeSent (Date String 31/02/2026 25:61 not in valid"))
                    .as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.ERROR, "")).as(log.everything()).isZero();
            assertThat(inboxIds()).containsExactlyInAnyOrder(noFrom, noUid, noSentTime, badDate);
        }
    }
}
