package org.lmsexchange.ews.client;

import com.microsoft.aad.msal4j.IClientCertificate;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;

/**
 * Turns a failed token request into an {@link EwsCallException} with response code {@value #CODE} and a message
 * naming the likely cause and the setting to change. Entra ID names its errors with AADSTS codes in the error
 * description; the messages quote the code and the description's first line, never a secret or a token.
 */
final class TokenFailures {

    static final String CODE = "TOKEN";

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private final String authorityHost;
    private final String tenant;
    private final String clientId;
    private final boolean certificate;

    TokenFailures(EwsConfiguration configuration, IClientCredential credential) {
        this.authorityHost = AppTokens.authorityHost(configuration);
        this.tenant = configuration.getOauth2Tenant().trim();
        this.clientId = configuration.getOauth2ClientId().trim();
        this.certificate = credential instanceof IClientCertificate;
    }

    EwsCallException translate(Throwable failure) {
        return new EwsCallException(CODE, "Getting an OAuth2 token from " + authorityHost + " failed: " + describe(failure),
                failure);
    }

    private String describe(Throwable failure) {
        if (failure instanceof MsalServiceException refused) {
            return refused(refused);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLPeerUnverifiedException || t instanceof SSLException && mentionsHostName(t)) {
                return "its certificate does not match the host name (" + t.getMessage() + "); check "
                        + EwsOption.OAUTH2_AUTHORITY_HOST;
            }
            if (t instanceof SSLException) {
                return "its certificate is not trusted (" + t.getMessage() + "); add it or its CA to "
                        + EwsOption.TRUST_STORE + ", or check " + EwsOption.OAUTH2_AUTHORITY_HOST;
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return "the authority cannot be reached (" + t + "); check " + EwsOption.OAUTH2_AUTHORITY_HOST
                        + " and the network";
            }
        }
        return failure.getMessage() + "; check " + EwsOption.OAUTH2_AUTHORITY_HOST;
    }

    private static boolean mentionsHostName(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return message.contains("No subject alternative") || message.contains("No name matching");
    }

    /** The authority answered with an error: what its AADSTS code means for the settings. */
    private String refused(MsalServiceException e) {
        String said = firstLine(e.getMessage());
        Matcher code = AADSTS.matcher(said);
        String number = code.find() ? code.group(1) : "";
        return switch (number) {
            case "90002" -> "the tenant '" + tenant + "' does not exist (" + said + "); check "
                    + EwsOption.OAUTH2_TENANT + ": your Entra ID tenant's id or one of its domains";
            case "700016" -> "the tenant has no application with client id '" + clientId + "' (" + said + "); check "
                    + EwsOption.OAUTH2_CLIENT_ID + ": the app registration's Application (client) ID, in this tenant";
            case "7000215" -> "the client secret was refused (" + said + "); check " + EwsOption.OAUTH2_CLIENT_SECRET
                    + ": the secret's Value, not its Secret ID";
            case "7000222" -> "the client secret has expired (" + said + "); create a new one in the app registration "
                    + "and set " + EwsOption.OAUTH2_CLIENT_SECRET;
            case "700027", "700024", "700023", "50027", "50012" -> (certificate
                    ? "the certificate was not accepted (" + said + "); upload the certificate in "
                        + EwsOption.OAUTH2_CERTIFICATE + " to the app registration, or set the one registered there"
                    : "the client credential was not accepted (" + said + "); check " + EwsOption.OAUTH2_CLIENT_SECRET);
            case "500011", "1002012", "70011" -> "the scope was refused (" + said + "); check " + EwsOption.OAUTH2_SCOPE
                    + " (Exchange Online: " + EwsConfiguration.DEFAULT_SCOPE + ")";
            case "" -> "the authority answered " + e.statusCode() + " " + e.errorCode() + " (" + said + "); check "
                    + EwsOption.OAUTH2_AUTHORITY_HOST;
            default -> "the authority refused the request (" + said + ")";
        };
    }

    /** Entra's descriptions go on with trace and correlation ids on further lines. */
    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
