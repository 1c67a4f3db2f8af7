package org.lmsexchange.ews;

import java.util.Locale;

/**
 * The connector's user-facing names of the ews component's settings (application.properties keys, each overridable
 * by an environment variable), so that a message about a bad setting names what the user actually edits.
 */
public enum EwsSetting {

    URL("ews.url"),
    AUTH("ews.auth"),
    USERNAME("ews.username"),
    PASSWORD("ews.password"),
    DOMAIN("ews.domain"),
    MAILBOX("ews.mailbox"),
    OAUTH2_TENANT("ews.oauth2.tenant"),
    OAUTH2_AUTHORITY_HOST("ews.oauth2.authority-host"),
    OAUTH2_CLIENT_ID("ews.oauth2.client-id"),
    OAUTH2_CLIENT_SECRET("ews.oauth2.client-secret"),
    OAUTH2_CERTIFICATE("ews.oauth2.certificate"),
    OAUTH2_CERTIFICATE_PASSWORD("ews.oauth2.certificate-password"),
    OAUTH2_SCOPE("ews.oauth2.scope"),
    TRUST_STORE("ews.tls.trust-store"),
    TRUST_STORE_TYPE("ews.tls.trust-store-type"),
    TRUST_STORE_PASSWORD("ews.tls.trust-store-password"),
    TIMEOUT("ews.timeout-ms"),
    MAX_RESPONSE_BYTES("ews.max-response-bytes");

    private final String key;

    EwsSetting(String key) {
        this.key = key;
    }

    /** The application.properties key, e.g. ews.oauth2.client-id. */
    public String key() {
        return key;
    }

    /** The environment variable that overrides it, e.g. EWS_OAUTH2_CLIENT_ID. */
    public String environmentVariable() {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** "ews.oauth2.client-id (EWS_OAUTH2_CLIENT_ID)": how messages name it. */
    @Override
    public String toString() {
        return key + " (" + environmentVariable() + ")";
    }
}
