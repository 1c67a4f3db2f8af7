package org.lmsexchange.backfill;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmsexchange.check.Causes;
import org.lmsexchange.check.ConnectorSettings;
import org.lmsexchange.check.LmsConnection;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.lms.ConnectorTables;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.UrlSecrets;

/**
 * A backfill: the events created from an instant on and before the switch-on time, which the connector left alone,
 * listed and, unless it is a dry run, connected.
 * <p>
 * It connects them by moving the switch-on time recorded in the connector's table back to that instant, and creates
 * no meeting itself: the running connector reads the recorded time at each poll and takes the events on as it takes
 * on new ones, with all its guarantees (a claim before each meeting, so one meeting per event also with several
 * instances; retries; outages). Before that, the events of that time that have ended are marked to be left alone:
 * nobody is invited to a past event.
 * <p>
 * Refused when connector.switch-on-time is set: the settings decide then, at every start, and a time recorded in
 * the database would not count. Nothing to do when the instant is not before the switch-on time (those events are
 * connected already) or is in the future.
 */
final class Backfill {

    static final String SWITCH_ON_SETTING = "connector.switch-on-time";

    private final ConnectorSettings settings;
    private final PrintStream out;

    Backfill(ConnectorSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Lists, and unless {@code dryRun} connects, the events created from {@code createdAfter} on; the exit code. */
    int run(Instant createdAfter, boolean dryRun) {
        String url = settings.property("lms.jdbc.url").orElse("");
        if (url.startsWith("jdbc:h2:mem:") && DemoLms.wanted(settings.required("lms.demo-data"), url)) {
            out.println("lms.jdbc.url is the demo's embedded database, created afresh at each start: nothing to "
                    + "backfill. Set lms.jdbc.url (LMS_JDBC_URL) to your LMS");
            return 1;
        }
        LmsConnection lms;
        try {
            lms = LmsConnection.open(settings);
        } catch (LmsConnection.Unusable e) {
            e.print(out);
            return 1;
        }
        try {
            ConnectorTables tables = new ConnectorTables(lms.dataSource(), settings.required("connector.table-prefix"),
                    lms.database());
            Optional<String> configured = settings.property(SWITCH_ON_SETTING);
            Optional<Instant> switchOn = tables.exist() ? tables.knownSwitchOn(configured.orElse("")) : Optional.empty();
            if (switchOn.isEmpty()) {
                out.println("The connector has not run on this database yet: nothing to backfill. At its first start "
                        + "it takes on the events created from then on; to take on earlier ones from the start, set "
                        + SWITCH_ON_SETTING + " = " + createdAfter);
                return 1;
            }
            return backfill(tables, createdAfter, switchOn.get(), configured, dryRun);
        } catch (SettingsException e) {
            out.println("Backfill failed: " + e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println("Backfill failed: the SQL does not fit this LMS's tables: "
                    + UrlSecrets.mask(Causes.innermostMessage(e)));
            out.println("       change:       sql.backfill-events, sql.backfill-where, sql.backfill-leave-ended");
            return 1;
        }
    }

    private int backfill(ConnectorTables tables, Instant createdAfter, Instant switchOn, Optional<String> configured,
                         boolean dryRun) throws SQLException {
        Instant now = Instant.now();
        if (createdAfter.isAfter(now)) {
            out.println("Nothing to do: --created-after " + createdAfter + " is in the future.");
            return 0;
        }
        if (!createdAfter.isBefore(switchOn)) {
            out.println("Nothing to do: the events created at or after " + switchOn + " (the switch-on time) are "
                    + "connected already, and " + createdAfter + " is not before it.");
            return 0;
        }
        BackfillStatements statements = new BackfillStatements(settings.context(), createdAfter, switchOn, now);
        List<BackfillEvent> events = statements.events();
        out.println("Events created from " + createdAfter + " until the switch-on time " + switchOn
                + ", scheduled, not ended, without a meeting:");
        events.forEach(event -> out.println(event.line()));
        String total = events.size() + (events.size() == 1 ? " event" : " events");
        if (configured.isPresent()) {
            out.println(total + ". " + SWITCH_ON_SETTING + " is set in the settings (" + configured.get() + "): the "
                    + "settings decide which events are connected, and backfill changes nothing. To connect these, "
                    + "set " + SWITCH_ON_SETTING + " = " + createdAfter + " and restart the connector (it then takes on "
                    + "the events of that time that have ended too).");
            return dryRun ? 0 : 1;
        }
        if (dryRun) {
            out.println(total + " would be connected. Dry run: nothing was changed.");
            return 0;
        }
        int ended = statements.leaveEndedAlone("ended before the backfill of the events created from " + createdAfter
                + ": left alone");
        Optional<Instant> movedFrom = tables.moveSwitchOnBack(createdAfter);
        if (movedFrom.isEmpty()) {
            out.println("Nothing changed: the switch-on time is at or before " + createdAfter + " already "
                    + "(another backfill moved it meanwhile).");
            return 0;
        }
        out.println("Switch-on time moved from " + movedFrom.get() + " back to " + createdAfter + ": the connector "
                + "connects these " + total + " at its next polls and invites their learners; " + ended
                + (ended == 1 ? " event" : " events") + " of that time that had ended left alone.");
        return 0;
    }
}
