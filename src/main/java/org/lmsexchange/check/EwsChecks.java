package org.lmsexchange.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.ews.EwsSettingsException;
import org.lmsexchange.ews.client.EwsProbe;

/**
 * Checks 2 to 5, each only when the one before passed: the EWS URL answers with a trusted certificate; Exchange
 * accepts the credentials; the mailbox's calendar and inbox can be read; with {@code --write}, a meeting without
 * attendees can be created and deleted.
 */
final class EwsChecks {

    static final String URL_CHECK = "EWS URL";
    static final String AUTHENTICATION = "Authentication";
    static final String MAILBOX = "Mailbox";
    static final String TEST_MEETING = "Test meeting";
    static final String TEST_SUBJECT = "LMS connector check: test meeting without attendees";

    private final EwsConfiguration configuration;
    private final boolean write;
    private EwsProbe probe;

    EwsChecks(EwsConfiguration configuration, boolean write) {
        this.configuration = configuration;
        this.write = write;
    }

    List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        results.add(reachable());
        next(results, AUTHENTICATION, this::authentication);
        next(results, MAILBOX, this::mailbox);
        if (write) {
            next(results, TEST_MEETING, this::testMeeting);
        }
        return results;
    }

    /** Runs a check if every earlier one passed (each needs the one before); otherwise shows it skipped. */
    private static void next(List<CheckResult> results, String name, Supplier<CheckResult> check) {
        boolean blocked = results.stream().anyMatch(result -> !result.passed());
        results.add(blocked ? CheckResult.skipped(name, "since an earlier check failed") : check.get());
    }

    /** Check 2: the URL is allowed and answers, over a trusted certificate for https (401 without credentials is fine). */
    private CheckResult reachable() {
        if (isBlank(configuration.getUrl())) {
            return CheckResult.fail(URL_CHECK + ": not set", "with an empty " + EwsOption.URL
                    + " the connector only runs the demo, "
                    + "against its built-in sandbox: there is no Exchange to check. Set it to your Exchange's EWS "
                    + "endpoint, e.g. https://mail.example.com/EWS/Exchange.asmx", EwsDiagnosis.URL);
        }
        try {
            probe = new EwsProbe(configuration);
        } catch (EwsSettingsException e) {
            // what the connector's start-up would refuse: the message names each setting
            return CheckResult.fail("EWS settings: " + e.getProblems().size() + " to fix", e.getMessage(), null);
        }
        URI url;
        try {
            probe.checkUrl();
            url = URI.create(configuration.getUrl().trim());
        } catch (IllegalArgumentException e) {
            return CheckResult.fail(URL_CHECK + ": refused", e.getMessage(), EwsDiagnosis.URL);
        }
        String shown = url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getPath();
        String trusted = "https".equalsIgnoreCase(url.getScheme()) ? ", certificate trusted" : " (plain http, this machine only)";
        try {
            probe.reachWithoutCredentials();
        } catch (EwsCallException e) {
            if (!e.getResponseCode().equals("HTTP_401") && !e.getResponseCode().equals("HTTP_403")) {
                EwsDiagnosis.Finding finding = EwsDiagnosis.unreachable(e, url.getHost(), configuration.getTimeout());
                return CheckResult.fail(URL_CHECK + " " + shown + " not reachable", finding.cause(), finding.setting());
            }
        }
        return CheckResult.ok(URL_CHECK + " " + shown + " reachable" + trusted);
    }

    /**
     * Check 3: Exchange accepts the credentials. Basic: a request to the account's own folders is not answered 401.
     * OAuth2: the authority issues a token (a failure is an EwsCallException "TOKEN" whose message names the cause
     * and the setting), and Exchange takes it (a 401 means the app has no EWS access).
     */
    private CheckResult authentication() {
        if (!probe.usesOAuth2() && isBlank(configuration.getUsername())) {
            return CheckResult.fail(AUTHENTICATION + ": no credentials", EwsOption.USERNAME + " is not set",
                    EwsDiagnosis.CREDENTIALS);
        }
        try {
            probe.signIn();
        } catch (EwsCallException e) {
            switch (e.getResponseCode()) {
                case "HTTP_401" -> {
                    EwsDiagnosis.Finding finding = probe.usesOAuth2() ? EwsDiagnosis.tokenRefused()
                            : EwsDiagnosis.signInRefused();
                    return CheckResult.fail(AUTHENTICATION + ": refused", finding.cause(), finding.setting());
                }
                case "TOKEN" -> {
                    return CheckResult.fail(AUTHENTICATION + ": no token", e.getMessage(), null);
                }
                case "IO", "ERROR", "INTERRUPTED" -> {
                    return CheckResult.fail(AUTHENTICATION + ": no answer", e.getMessage(), EwsDiagnosis.URL);
                }
                default -> {
                    // any other answer means the credentials passed: what Exchange refused is the next check's
                }
            }
        }
        return CheckResult.ok(probe.usesOAuth2()
                ? AUTHENTICATION + ": OAuth2 token issued to client " + configuration.getOauth2ClientId().trim()
                        + " (tenant " + configuration.getOauth2Tenant().trim() + ") and accepted by Exchange"
                : AUTHENTICATION + ": Basic credentials (" + EwsOption.USERNAME + ", " + EwsOption.PASSWORD + ") accepted");
    }

    /** Check 4: the mailbox's calendar (meetings) and inbox (answers) can be read. */
    private CheckResult mailbox() {
        String mailbox = configuration.getMailbox();
        if (isBlank(mailbox)) {
            return CheckResult.fail(MAILBOX + ": not set", ConnectorSettings.MAILBOX + " is empty",
                    EwsDiagnosis.MAILBOX);
        }
        try {
            probe.readCalendar();
            probe.readInbox();
        } catch (EwsCallException e) {
            EwsDiagnosis.Finding finding = EwsDiagnosis.mailboxRefused(e, mailbox);
            return CheckResult.fail(MAILBOX + " " + mailbox + " not readable", finding.cause(), finding.setting());
        }
        return CheckResult.ok(MAILBOX + " " + mailbox + ": calendar and inbox readable");
    }

    /** Check 5 (--write): a meeting without attendees is created and deleted again; nobody gets mail. */
    private CheckResult testMeeting() {
        String mailbox = configuration.getMailbox();
        String itemId;
        try {
            itemId = probe.createTestMeeting(TEST_SUBJECT);
        } catch (EwsCallException e) {
            EwsDiagnosis.Finding finding = EwsDiagnosis.mailboxRefused(e, mailbox);
            return CheckResult.fail(TEST_MEETING + ": cannot create a meeting in the calendar of " + mailbox,
                    finding.cause(), finding.setting());
        }
        try {
            probe.deleteTestMeeting(itemId);
        } catch (EwsCallException e) {
            return CheckResult.fail(TEST_MEETING + " created in the calendar of " + mailbox + " but not deleted: "
                    + "delete '" + TEST_SUBJECT + "' by hand (it has no attendees)", e.getMessage(),
                    "the account's right to delete items in the mailbox");
        }
        return CheckResult.ok(TEST_MEETING + " without attendees created in the calendar of " + mailbox
                + " and deleted again; nobody was invited");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
