package org.lmsexchange.check;

import org.lmsexchange.settings.UrlSecrets;

import java.io.PrintStream;

/**
 * One line of the checklist: passed, failed (with the likely cause and the setting to change) or skipped (because
 * an earlier check it depends on failed).
 */
record CheckResult(Status status, String text, String cause, String setting) {

    enum Status {
        OK("[ OK ]"), FAIL("[FAIL]"), SKIP("[SKIP]");

        private final String label;

        Status(String label) {
            this.label = label;
        }
    }

    static CheckResult ok(String text) {
        return new CheckResult(Status.OK, text, null, null);
    }

    static CheckResult fail(String text, String cause, String setting) {
        return new CheckResult(Status.FAIL, text, cause, setting);
    }

    static CheckResult skipped(String check, String because) {
        return new CheckResult(Status.SKIP, check + ": not checked, " + because, null, null);
    }

    boolean passed() {
        return status == Status.OK;
    }

    /** The line and its cause, with any password inside a URL masked: drivers' messages may quote lms.jdbc.url. */
    void print(PrintStream out) {
        out.println(status.label + " " + UrlSecrets.mask(text));
        if (cause != null) {
            out.println("       likely cause: " + UrlSecrets.mask(cause));
        }
        if (setting != null) {
            out.println("       change:       " + setting);
        }
    }
}
