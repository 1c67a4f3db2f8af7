package org.lmsexchange.management;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Predicate;
import org.lmsexchange.settings.SettingsException;

/**
 * Who is asking the management server (/observe/...): a caller on this machine (a loopback address), one signed in
 * with the management login (HTTP Basic, connector.management.user / password), or anyone else. Only the first two
 * see what the server would not show a stranger: the outage details of /observe/health (host:port, event ids), and
 * whatever else the management server offers. The forwarded-for headers are not read: anyone can send them.
 */
public final class ManagementCaller {

    /** What a caller may see. */
    public enum Trust {
        /** On this machine: everything, without a login. */
        LOCAL,
        /** Signed in with the management login: everything. */
        SIGNED_IN,
        /** No login: the health status only. */
        ANONYMOUS,
        /** A login that is not the configured one: refused (401), so that a typo does not pass unnoticed. */
        WRONG_LOGIN
    }

    private final byte[] user;
    private final byte[] password;
    private final Predicate<InetAddress> local;

    /**
     * Callers from loopback addresses are local; {@code user} and {@code password} (both set, or both empty for no
     * login) sign in the others.
     */
    public ManagementCaller(String user, String password) {
        this(user, password, InetAddress::isLoopbackAddress);
    }

    /** With the decision of which addresses are this machine's given: for tests, which cannot call from elsewhere. */
    ManagementCaller(String user, String password, Predicate<InetAddress> local) {
        boolean hasUser = user != null && !user.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasUser != hasPassword) {
            throw new SettingsException("The management login needs both connector.management.user "
                    + "(CONNECTOR_MANAGEMENT_USER) and connector.management.password (CONNECTOR_MANAGEMENT_PASSWORD), "
                    + "or neither: only " + (hasUser ? "the user" : "the password") + " is set.");
        }
        this.user = hasUser ? user.strip().getBytes(StandardCharsets.UTF_8) : null;
        this.password = hasPassword ? password.getBytes(StandardCharsets.UTF_8) : null;
        this.local = local;
    }

    /** Whether a login is configured at all. */
    public boolean hasLogin() {
        return user != null;
    }

    /**
     * How far a caller from {@code remote} sending this Authorization header (or null) is trusted. A login sent is
     * checked wherever it comes from, so a wrong one is refused also on this machine; without a configured login,
     * an Authorization header means nothing.
     */
    public Trust trust(InetAddress remote, String authorization) {
        if (hasLogin() && authorization != null && !authorization.isBlank()) {
            return signsIn(authorization) ? Trust.SIGNED_IN : Trust.WRONG_LOGIN;
        }
        return remote != null && local.test(remote) ? Trust.LOCAL : Trust.ANONYMOUS;
    }

    /** An HTTP Basic header with the configured user and password (compared in constant time). */
    private boolean signsIn(String authorization) {
        String header = authorization.strip();
        if (!header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(user, credentials.substring(0, colon).getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password,
                credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        return userMatches & passwordMatches;
    }
}
