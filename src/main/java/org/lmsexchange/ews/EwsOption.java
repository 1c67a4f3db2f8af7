package org.lmsexchange.ews;

import org.apache.camel.util.StringHelper;

/**
 * The options of the {@code ews} component that its messages name, so that a message about a bad value names what
 * the user sets: the option as camel-main reads it for the component ({@code camel.component.ews.trust-store-type}),
 * which is also the endpoint option of the same name in camel case ({@code trustStoreType}).
 */
public enum EwsOption {

    URL("url"),
    AUTH("auth"),
    USERNAME("username"),
    PASSWORD("password"),
    DOMAIN("domain"),
    OAUTH2_TENANT("oauth2Tenant"),
    OAUTH2_AUTHORITY_HOST("oauth2AuthorityHost"),
    OAUTH2_CLIENT_ID("oauth2ClientId"),
    OAUTH2_CLIENT_SECRET("oauth2ClientSecret"),
    OAUTH2_CERTIFICATE("oauth2Certificate"),
    OAUTH2_CERTIFICATE_PASSWORD("oauth2CertificatePassword"),
    OAUTH2_SCOPE("oauth2Scope"),
    TRUST_STORE("trustStore"),
    TRUST_STORE_TYPE("trustStoreType"),
    TRUST_STORE_PASSWORD("trustStorePassword"),
    TIMEOUT("timeout"),
    MAX_RESPONSE_SIZE("maxResponseSize"),
    BUSY_RETRIES("busyRetries"),
    MAX_BACK_OFF("maxBackOff"),
    MARKER_PROPERTY_SET("markerPropertySet"),
    MARKER_PROPERTY_NAME("markerPropertyName"),
    ANSWERS("answers");

    private static final String COMPONENT_PREFIX = "camel.component.ews.";

    private final String name;

    EwsOption(String name) {
        this.name = name;
    }

    /** The endpoint option, e.g. trustStoreType. */
    public String optionName() {
        return name;
    }

    /** The component option as camel-main reads it, e.g. camel.component.ews.trust-store-type. */
    public String propertyKey() {
        return COMPONENT_PREFIX + StringHelper.camelCaseToDash(name);
    }

    /** How messages name it: its camel-main key. */
    @Override
    public String toString() {
        return propertyKey();
    }
}
