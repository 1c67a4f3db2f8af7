package org.lmsexchange.ews.client;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCredential;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;

/**
 * Checks the oauth2 settings before anything is sent: tenant, client id, exactly one credential (a client secret or
 * a certificate that opens), an https authority host and a scope. Each problem names its setting; none quotes a
 * secret.
 */
final class OAuth2Settings {

    /** A tenant id (GUID) or domain: one path segment of the authority URL. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private OAuth2Settings() {
    }

    /** The app's credential, or empty after adding every problem found to {@code problems}. */
    static Optional<IClientCredential> check(EwsConfiguration configuration, List<String> problems) {
        int before = problems.size();
        required(configuration.getOauth2Tenant(), EwsOption.OAUTH2_TENANT,
                "your Entra ID tenant's id or one of its domains, e.g. contoso.onmicrosoft.com", problems);
        if (Text.isSet(configuration.getOauth2Tenant()) && !TENANT.matcher(configuration.getOauth2Tenant().trim()).matches()) {
            problems.add(EwsOption.OAUTH2_TENANT + " is '" + configuration.getOauth2Tenant() + "': it must be a tenant "
                    + "id (a GUID) or a domain such as contoso.onmicrosoft.com, without slashes");
        }
        required(configuration.getOauth2ClientId(), EwsOption.OAUTH2_CLIENT_ID,
                "the app registration's Application (client) ID", problems);
        required(configuration.getOauth2Scope(), EwsOption.OAUTH2_SCOPE,
                "Exchange Online's is " + EwsConfiguration.DEFAULT_SCOPE, problems);
        checkAuthorityHost(configuration.getOauth2AuthorityHost(), problems);
        boolean secret = Text.isSet(configuration.getOauth2ClientSecret());
        boolean certificate = Text.isSet(configuration.getOauth2Certificate());
        if (secret && certificate) {
            problems.add("both " + EwsOption.OAUTH2_CLIENT_SECRET + " and " + EwsOption.OAUTH2_CERTIFICATE
                    + " are set: set only the one the app registration has");
        } else if (!secret && !certificate) {
            problems.add("neither " + EwsOption.OAUTH2_CLIENT_SECRET + " nor " + EwsOption.OAUTH2_CERTIFICATE
                    + " is set: " + EwsOption.AUTH + "=oauth2 needs the app's client secret or its certificate");
        }
        Optional<IClientCredential> credential = Optional.empty();
        if (secret && !certificate) {
            credential = Optional.of(ClientCredentialFactory.createFromSecret(configuration.getOauth2ClientSecret()));
        } else if (certificate && !secret) {
            credential = ClientCertificate.load(configuration.getOauth2Certificate(),
                    configuration.getOauth2CertificatePassword(), problems).map(IClientCredential.class::cast);
        }
        return problems.size() == before ? credential : Optional.empty();
    }

    private static void required(String value, EwsOption setting, String hint, List<String> problems) {
        if (!Text.isSet(value)) {
            problems.add(setting + " is not set: " + EwsOption.AUTH + "=oauth2 needs it (" + hint + ")");
        }
    }

    private static void checkAuthorityHost(String value, List<String> problems) {
        if (!Text.isSet(value)) {
            problems.add(EwsOption.OAUTH2_AUTHORITY_HOST + " is not set: " + EwsOption.AUTH
                    + "=oauth2 needs it (Entra ID's is " + EwsConfiguration.DEFAULT_AUTHORITY_HOST + ")");
            return;
        }
        try {
            URI uri = new URI(value.trim());
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || !path.replace("/", "").isEmpty()
                    || uri.getQuery() != null) {
                problems.add(EwsOption.OAUTH2_AUTHORITY_HOST + " is '" + value + "': it must be an https:// host "
                        + "without a path, e.g. " + EwsConfiguration.DEFAULT_AUTHORITY_HOST + " (the tenant is "
                        + EwsOption.OAUTH2_TENANT + ")");
            }
        } catch (URISyntaxException e) {
            problems.add(EwsOption.OAUTH2_AUTHORITY_HOST + " is not a URL: " + e.getMessage());
        }
    }
}
