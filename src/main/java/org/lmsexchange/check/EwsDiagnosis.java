package org.lmsexchange.check;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.settings.EnvironmentSettings;

/**
 * What a failed EWS call most likely means, and which setting to change: the connector's own knowledge of how
 * Exchange (on-premises and Online) and the network answer a wrong setting. Messages name settings and causes,
 * never the value of a secret.
 */
final class EwsDiagnosis {

    static final String URL = withVariable(EwsOption.URL.propertyKey());
    static final String TRUST_STORE = EwsOption.TRUST_STORE + ", " + EwsOption.TRUST_STORE_TYPE + ", "
            + EwsOption.TRUST_STORE_PASSWORD + ": a trust store holding the certificate of the authority that "
            + "signed Exchange's certificate";
    static final String CREDENTIALS = withVariables(EwsOption.USERNAME, EwsOption.PASSWORD, EwsOption.DOMAIN);
    static final String MAILBOX = withVariable(ConnectorSettings.MAILBOX);

    /** A cause and the setting (or the Exchange-side permission) to change. */
    record Finding(String cause, String setting) {
    }

    private EwsDiagnosis() {
    }

    /** "ews.mailbox (EWS_MAILBOX)": a setting with the environment variable that sets it. */
    private static String withVariable(String key) {
        return key + " (" + EnvironmentSettings.variableOf(key) + ")";
    }

    private static String withVariables(EwsOption... options) {
        StringBuilder keys = new StringBuilder();
        StringBuilder variables = new StringBuilder();
        for (EwsOption option : options) {
            String separator = keys.length() == 0 ? "" : ", ";
            keys.append(separator).append(option.propertyKey());
            variables.append(separator).append(EnvironmentSettings.variableOf(option.propertyKey()));
        }
        return keys + " (" + variables + ")";
    }

    /** Why the EWS URL gave no usable answer: wrong address, untrusted certificate, not EWS. */
    static Finding unreachable(EwsCallException e, String host, int timeoutMillis) {
        if (Causes.has(e, UnknownHostException.class)) {
            return new Finding("the host name " + host + " is not known (DNS): wrong URL", URL);
        }
        if (Causes.has(e, ConnectTimeoutException.class) || Causes.has(e, SocketTimeoutException.class)) {
            return new Finding("no answer from " + host + " within " + timeoutMillis + " ms (" + EwsOption.TIMEOUT
                    + "): wrong URL, "
                    + "or a firewall drops the connection", URL);
        }
        if (Causes.has(e, ConnectException.class) || Causes.has(e, HttpHostConnectException.class)) {
            return new Finding("nothing accepts connections at " + host + " (connection refused): wrong URL (host or "
                    + "port), or Exchange is down", URL);
        }
        if (Causes.has(e, SSLPeerUnverifiedException.class)) {
            return new Finding("the certificate is not made out to " + host + " (host name mismatch): use the host "
                    + "name the certificate names in the URL", URL);
        }
        if (Causes.has(e, SSLHandshakeException.class) && mentions(e, "certification path")) {
            return new Finding("Exchange's certificate is not trusted: it is self-signed or signed by an authority "
                    + "(e.g. an internal CA) that is not in the trust store", TRUST_STORE);
        }
        if (Causes.has(e, SSLException.class)) {
            return new Finding("the TLS handshake failed (" + Causes.innermostMessage(e) + "): is the URL's port an https port?", URL);
        }
        if ("HTTP_404".equals(e.getResponseCode())) {
            return new Finding("no EWS at this address (HTTP 404): wrong URL; EWS normally answers at "
                    + "https://<server>/EWS/Exchange.asmx", URL);
        }
        if (e.getResponseCode().startsWith("HTTP_")) {
            return new Finding("the server answered " + e.getResponseCode().replace('_', ' ') + " instead of EWS: wrong URL",
                    URL);
        }
        return new Finding("no answer (" + Causes.innermostMessage(e) + "): wrong URL, or the network is in the way", URL);
    }

    /** Why Exchange refused to sign the account in (HTTP 401 to the account's own folders). */
    static Finding signInRefused() {
        return new Finding("Exchange refused the credentials (HTTP 401): wrong user name, password or domain, a "
                + "locked or expired account, or Basic authentication switched off on the EWS virtual directory",
                CREDENTIALS);
    }

    /** Why Exchange refused a token the authority issued (HTTP 401): the app has no EWS access. */
    static Finding tokenRefused() {
        return new Finding("Exchange refused the app's token (HTTP 401), as Exchange Online does when the app has "
                + "no EWS access: the full_access_as_app application permission with admin consent (or the RBAC "
                + "for Applications role Application EWS.AccessAsApp) is missing", "the app's permissions in "
                + "Entra ID / Exchange Online (docs/exchange-online.md)");
    }

    /** Why the signed-in account cannot read the configured mailbox. */
    static Finding mailboxRefused(EwsCallException e, String mailbox) {
        return switch (e.getResponseCode()) {
            case "ErrorNonExistentMailbox" -> new Finding("no mailbox has the address " + mailbox + ": wrong mailbox",
                    MAILBOX);
            case "ErrorImpersonateUserDenied" -> new Finding("the account may not act for " + mailbox + " (impersonation "
                    + "denied): in Exchange Online the app's RBAC for Applications scope (role Application "
                    + "EWS.AccessAsApp) or application access policy must include the mailbox; on-premises the "
                    + "account needs the ApplicationImpersonation role for it", MAILBOX + ", or the app's or "
                    + "account's right to the mailbox in Exchange");
            case "ErrorAccessDenied" -> new Finding("the account has no rights on " + mailbox + " (access denied): give "
                    + "it Full Access to the mailbox (Add-MailboxPermission), or name the account's own mailbox",
                    MAILBOX + ", or the mailbox permission in Exchange");
            case "HTTP_401" -> new Finding("Exchange accepted the sign-in but refused the mailbox (HTTP 401), as "
                    + "Exchange Online refuses an app token that grants no EWS access: the app lacks the "
                    + "full_access_as_app application permission with admin consent (or the RBAC for Applications "
                    + "role Application EWS.AccessAsApp)", "the app's permissions in Entra ID / Exchange Online "
                    + "(docs/exchange-online.md)");
            case "HTTP_403" -> ewsDisabled();
            case "ErrorServerBusy" -> new Finding("Exchange stayed busy through every retry: try again later",
                    EwsOption.BUSY_RETRIES + ", " + EwsOption.MAX_BACK_OFF);
            default -> new Finding("Exchange answered " + e.getResponseCode() + ": " + e.getMessage(), MAILBOX);
        };
    }

    /** HTTP 403 from EWS: how Exchange Online answers while EWS is blocked for the organization, mailbox or app. */
    static Finding ewsDisabled() {
        return new Finding("EWS is disabled for this organization, mailbox or app (HTTP 403 Forbidden). Exchange "
                + "Online blocks EWS since 2026-10-01 for every app not on the tenant's allow list and switches it "
                + "off for good on 2027-04-01",
                "in Exchange, not here: Set-OrganizationConfig -EwsEnabled $true -EwsAllowedAppIDs <the app's id> "
                        + "(Exchange Online), Set-CASMailbox <mailbox> -EwsEnabled $true");
    }


    private static boolean mentions(Throwable e, String text) {
        return Causes.chain(e).anyMatch(t -> t.getMessage() != null && t.getMessage().contains(text));
    }
}
