package org.lmsexchange.ews;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.lmsexchange.ews.model.ReplyAnswer;

/** The settings of an {@code ews:} endpoint. */
@UriParams
public class EwsConfiguration implements Cloneable {

    /** auth: user name and password (on-premises Exchange). */
    public static final String AUTH_BASIC = "basic";
    /** auth: app-only OAuth2 tokens, client-credentials grant (Exchange Online). */
    public static final String AUTH_OAUTH2 = "oauth2";
    public static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
    public static final String DEFAULT_SCOPE = "https://outlook.office365.com/.default";
    /** 32 MiB: far above any answer the connector asks for (a page of responses without bodies, one meeting). */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;
    /** The component's own MAPI property set, for the property that marks a meeting with its event id. */
    public static final String DEFAULT_MARKER_PROPERTY_SET = "6f1c3a52-8d4e-4b7a-9c15-2e0d7f4b8a31";
    public static final String DEFAULT_MARKER_PROPERTY_NAME = "EventId";
    private static final String ALL_ANSWERS = "ACCEPT,TENTATIVE,DECLINE";

    @UriPath
    @Metadata(required = true)
    private String mailbox;
    @UriParam(label = "producer")
    private EwsOperation operation;
    @UriParam
    @Metadata(required = true)
    private String url;
    @UriParam(label = "security", secret = true)
    private String username;
    @UriParam(label = "security", secret = true)
    private String password;
    @UriParam(label = "security")
    private String domain;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowPlainHttp;
    @UriParam(label = "security", enums = "basic,oauth2", defaultValue = AUTH_BASIC)
    private String auth = AUTH_BASIC;
    @UriParam(label = "security")
    private String oauth2Tenant;
    @UriParam(label = "security", defaultValue = DEFAULT_AUTHORITY_HOST)
    private String oauth2AuthorityHost = DEFAULT_AUTHORITY_HOST;
    @UriParam(label = "security")
    private String oauth2ClientId;
    @UriParam(label = "security", secret = true)
    private String oauth2ClientSecret;
    @UriParam(label = "security")
    private String oauth2Certificate;
    @UriParam(label = "security", secret = true)
    private String oauth2CertificatePassword;
    @UriParam(label = "security", defaultValue = DEFAULT_SCOPE)
    private String oauth2Scope = DEFAULT_SCOPE;
    @UriParam(label = "security")
    private String trustStore;
    @UriParam(label = "security", enums = "PKCS12,JKS,PEM", defaultValue = "PKCS12")
    private String trustStoreType = "PKCS12";
    @UriParam(label = "security", secret = true)
    private String trustStorePassword;
    @UriParam(label = "advanced", defaultValue = "30000")
    private int timeout = 30000;
    @UriParam(label = "advanced", defaultValue = "33554432")
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    @UriParam(defaultValue = "50")
    private int pageSize = 50;
    @UriParam(label = "consumer", defaultValue = "600000")
    private long keptRereadDelay = 600_000;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = ALL_ANSWERS)
    private String answers = ALL_ANSWERS;
    @UriParam(defaultValue = "false")
    private boolean acceptSentOnBehalf;
    @UriParam(defaultValue = "300000")
    private long sentTimeTolerance = 300_000;
    @UriParam(label = "advanced", defaultValue = "3")
    private int busyRetries = 3;
    @UriParam(label = "advanced", defaultValue = "1000")
    private long busyBackOff = 1000;
    @UriParam(label = "advanced", defaultValue = "30000")
    private long maxBackOff = 30000;
    @UriParam(label = "producer,advanced", defaultValue = DEFAULT_MARKER_PROPERTY_SET)
    private String markerPropertySet = DEFAULT_MARKER_PROPERTY_SET;
    @UriParam(label = "producer,advanced", defaultValue = DEFAULT_MARKER_PROPERTY_NAME)
    private String markerPropertyName = DEFAULT_MARKER_PROPERTY_NAME;

    /**
     * The SMTP address of the service-account mailbox whose calendar holds the meetings and whose inbox
     * receives the attendees' answers.
     */
    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    /**
     * The operation a producer performs; a message can override it with the CamelEwsOperation header. A consumer
     * has none: it polls the inbox for meeting responses.
     */
    public EwsOperation getOperation() {
        return operation;
    }

    public void setOperation(EwsOperation operation) {
        this.operation = operation;
    }

    /** The EWS endpoint, e.g. https://mail.example.com/EWS/Exchange.asmx (autodiscover is not used). */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** The user name for Basic authentication (on-premises Exchange). */
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The password for Basic authentication. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The Windows domain of the user, if Exchange wants one. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /**
     * Allow a plain http:// URL to another machine (credentials then cross the network unencrypted): for test
     * servers only. http to this machine (a host that resolves to loopback addresses only, such as localhost,
     * 127.0.0.1 or [::1]) is always allowed.
     */
    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    /** How the connector signs in to Exchange: basic (user name and password; on-premises) or oauth2 (Exchange Online). */
    public String getAuth() {
        return auth;
    }

    public void setAuth(String auth) {
        this.auth = auth;
    }

    /** oauth2: the Entra ID tenant (directory) id or one of its domains, e.g. contoso.onmicrosoft.com. */
    public String getOauth2Tenant() {
        return oauth2Tenant;
    }

    public void setOauth2Tenant(String oauth2Tenant) {
        this.oauth2Tenant = oauth2Tenant;
    }

    /** oauth2: the token authority's host, e.g. https://login.microsoftonline.com (national clouds have their own). */
    public String getOauth2AuthorityHost() {
        return oauth2AuthorityHost;
    }

    public void setOauth2AuthorityHost(String oauth2AuthorityHost) {
        this.oauth2AuthorityHost = oauth2AuthorityHost;
    }

    /** oauth2: the application (client) id of the app registration. */
    public String getOauth2ClientId() {
        return oauth2ClientId;
    }

    public void setOauth2ClientId(String oauth2ClientId) {
        this.oauth2ClientId = oauth2ClientId;
    }

    /** oauth2: the app's client secret (its value, not its id); or give a certificate instead. */
    public String getOauth2ClientSecret() {
        return oauth2ClientSecret;
    }

    public void setOauth2ClientSecret(String oauth2ClientSecret) {
        this.oauth2ClientSecret = oauth2ClientSecret;
    }

    /**
     * oauth2: the path of the app's certificate with its private key, PKCS#12 (.p12, .pfx) or PEM (certificate and
     * PKCS#8 private key); or give a client secret instead.
     */
    public String getOauth2Certificate() {
        return oauth2Certificate;
    }

    public void setOauth2Certificate(String oauth2Certificate) {
        this.oauth2Certificate = oauth2Certificate;
    }

    /** oauth2: the password of the certificate file (PKCS#12) or of its encrypted PEM private key. */
    public String getOauth2CertificatePassword() {
        return oauth2CertificatePassword;
    }

    public void setOauth2CertificatePassword(String oauth2CertificatePassword) {
        this.oauth2CertificatePassword = oauth2CertificatePassword;
    }

    /** oauth2: the scope asked for; Exchange Online's app-only scope by default. */
    public String getOauth2Scope() {
        return oauth2Scope;
    }

    public void setOauth2Scope(String oauth2Scope) {
        this.oauth2Scope = oauth2Scope;
    }

    /**
     * The trust store holding the certificates (or their CAs) that Exchange and the token authority present; empty:
     * the JDK's trust store. Host names are verified either way.
     */
    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    /** The trust store's type: PKCS12, JKS, or PEM (a file of certificates). */
    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    /** The trust store's password (PKCS12, JKS); may be empty for a store without integrity password. */
    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    /**
     * The time-out of each EWS request, in milliseconds: a deadline for all of it (connecting, the TLS handshake, and
     * reading the whole answer, however slowly it comes).
     */
    public int getTimeout() {
        return timeout;
    }

    public void setTimeout(int timeout) {
        this.timeout = timeout;
    }

    /**
     * The largest answer to one EWS request the connector reads, in bytes, both as received and after decompression;
     * a larger one fails that request.
     */
    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /**
     * How many inbox items one request lists, reads or deletes: one findResponses page; for the consumer, one
     * FindItem page, one GetItem batch and one DeleteItem batch.
     */
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /**
     * Consumer: how long, in milliseconds, a response the route kept in the inbox (header CamelEwsDisposition =
     * KEEP) is not read again. Such a response may stay for good (a reply to someone else's meeting); it is read
     * again after this delay in case it has become one to process (its meeting recorded, its sender booked since).
     */
    public long getKeptRereadDelay() {
        return keptRereadDelay;
    }

    public void setKeptRereadDelay(long keptRereadDelay) {
        this.keptRereadDelay = keptRereadDelay;
    }

    /** Consumer: the most responses one poll hands to the route; the rest wait for the next poll. 0 = no limit. */
    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    /**
     * Consumer: which meeting responses it hands to the route, by their answer (comma-separated: ACCEPT, TENTATIVE,
     * DECLINE). A response with another answer stays in the inbox and is not read again for keptRereadDelay.
     */
    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    /** The answers option as a set; an empty or unknown answer fails, naming the option. */
    public Set<ReplyAnswer> answerSet() {
        Set<ReplyAnswer> set = EnumSet.noneOf(ReplyAnswer.class);
        for (String answer : String.valueOf(answers).split(",")) {
            try {
                set.add(ReplyAnswer.valueOf(answer.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new EwsSettingsException(List.of(EwsOption.ANSWERS + " is '" + answers
                        + "': list one or more of " + ALL_ANSWERS));
            }
        }
        return set;
    }

    /**
     * Whether a meeting response whose Sender is not its From (the attendee) counts as the attendee's answer even when
     * Exchange does not mark it as sent by a delegate (IsDelegated). Off: such a response is not read as a reply (the
     * consumer leaves it in the inbox, reported once), since anyone may have sent it in the attendee's name.
     */
    public boolean isAcceptSentOnBehalf() {
        return acceptSentOnBehalf;
    }

    public void setAcceptSentOnBehalf(boolean acceptSentOnBehalf) {
        this.acceptSentOnBehalf = acceptSentOnBehalf;
    }

    /**
     * How far, in milliseconds, a meeting response's sent time (DateTimeSent, the sender's clock) may lie after the
     * time Exchange received it (DateTimeReceived) and still be believed. A later sent time is taken to be the time
     * received instead (and reported once): the latest answer wins, and a sender's clock set to 2099 must not make
     * its answer win over every later one.
     */
    public long getSentTimeTolerance() {
        return sentTimeTolerance;
    }

    public void setSentTimeTolerance(long sentTimeTolerance) {
        this.sentTimeTolerance = sentTimeTolerance;
    }

    /** How often a request refused as busy (ErrorServerBusy, HTTP 503) is tried again before failing. */
    public int getBusyRetries() {
        return busyRetries;
    }

    public void setBusyRetries(int busyRetries) {
        this.busyRetries = busyRetries;
    }

    /**
     * The wait before trying again, in milliseconds, when Exchange says it is busy without saying for how long
     * (HTTP 503, or ErrorServerBusy without BackOffMilliseconds).
     */
    public long getBusyBackOff() {
        return busyBackOff;
    }

    public void setBusyBackOff(long busyBackOff) {
        this.busyBackOff = busyBackOff;
    }

    /** The longest back-off honoured between busy retries, in milliseconds, whatever the server asks for. */
    public long getMaxBackOff() {
        return maxBackOff;
    }

    public void setMaxBackOff(long maxBackOff) {
        this.maxBackOff = maxBackOff;
    }

    /**
     * The property set (a GUID) of the extended property that marks each meeting created with the event id it was
     * created for (NewMeeting eventId), by which findMeetings finds an event's meetings. Meetings created under
     * another property set or name are not found: change neither once meetings exist.
     */
    public String getMarkerPropertySet() {
        return markerPropertySet;
    }

    public void setMarkerPropertySet(String markerPropertySet) {
        this.markerPropertySet = markerPropertySet;
    }

    /** The name of the extended property that marks each meeting with its event id (see markerPropertySet). */
    public String getMarkerPropertyName() {
        return markerPropertyName;
    }

    public void setMarkerPropertyName(String markerPropertyName) {
        this.markerPropertyName = markerPropertyName;
    }

    public EwsConfiguration copy() {
        try {
            return (EwsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
