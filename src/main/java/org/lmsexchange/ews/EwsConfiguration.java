package org.lmsexchange.ews;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The settings of an {@code ews:} endpoint. */
@UriParams
public class EwsConfiguration implements Cloneable {

    @UriPath
    @Metadata(required = true)
    private String mailbox;
    @UriParam
    @Metadata(required = true)
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
    @UriParam(label = "advanced", defaultValue = "30000")
    private int timeout = 30000;
    @UriParam(defaultValue = "50")
    private int pageSize = 50;
    @UriParam(label = "advanced", defaultValue = "3")
    private int busyRetries = 3;
    @UriParam(label = "advanced", defaultValue = "1000")
    private long busyBackOff = 1000;
    @UriParam(label = "advanced", defaultValue = "30000")
    private long maxBackOff = 30000;

    /**
     * The SMTP address of the service-account mailbox whose calendar holds the meetings and whose inbox
     * receives the learners' answers.
     */
    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    /** The operation to perform; a message can override it with the CamelEwsOperation header. */
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
     * servers only. http to this machine (localhost, 127.x) is always allowed.
     */
    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    /** Connect and read timeout of each EWS request, in milliseconds. */
    public int getTimeout() {
        return timeout;
    }

    public void setTimeout(int timeout) {
        this.timeout = timeout;
    }

    /** findResponses: how many inbox items one page reads. */
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
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

    public EwsConfiguration copy() {
        try {
            return (EwsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
