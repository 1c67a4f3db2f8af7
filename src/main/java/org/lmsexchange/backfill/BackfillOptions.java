package org.lmsexchange.backfill;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.lmsexchange.settings.ConfigOption;
import org.lmsexchange.settings.SettingsException;

/**
 * The command line of {@code backfill}: {@code --created-after INSTANT [--dry-run] [--config FILE]}, or
 * {@code --help}. A usage error is a {@link SettingsException} whose message says what is wrong.
 *
 * @param createdAfter the events created at or after this instant are taken on
 * @param dryRun       list them, change nothing
 * @param configFile   the settings file named by --config, or null
 * @param help         --help: print the usage and do nothing else
 */
record BackfillOptions(Instant createdAfter, boolean dryRun, String configFile, boolean help) {

    static final String CREATED_AFTER = "--created-after";
    private static final String FORMAT = "an ISO-8601 date-time with offset, e.g. 2026-01-01T00:00:00Z "
            + "or 2026-01-01T00:00:00+01:00";

    static BackfillOptions parse(String[] args) {
        ConfigOption config = ConfigOption.parse(args);
        String[] rest = config.otherArguments();
        String createdAfter = null;
        boolean dryRun = false;
        for (int i = 0; i < rest.length; i++) {
            String arg = rest[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new BackfillOptions(null, false, config.file(), true);
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith(CREATED_AFTER + "=")) {
                createdAfter = arg.substring(CREATED_AFTER.length() + 1);
            } else if (arg.equals(CREATED_AFTER)) {
                createdAfter = i + 1 < rest.length ? rest[++i] : "";
            } else {
                throw new SettingsException("unknown option " + arg);
            }
        }
        return new BackfillOptions(instant(createdAfter), dryRun, config.file(), false);
    }

    private static Instant instant(String value) {
        if (value == null) {
            throw new SettingsException(CREATED_AFTER + " is missing: name the instant from which on events are "
                    + "taken on, " + FORMAT);
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new SettingsException(CREATED_AFTER + " '" + value + "' is not " + FORMAT);
        }
    }
}
