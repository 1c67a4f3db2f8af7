package org.lmsexchange.settings;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the passwords that URL-shaped settings carry inside them, wherever such a value is shown (start-up summary,
 * {@code check}, error messages, health): a password in the user part
 * ({@code jdbc:mariadb://user:secret@host/db}) and the value of a parameter named like a password, secret or token
 * ({@code ?user=x&password=secret}, H2's and SQL Server's {@code ;PASSWORD=secret}). Camel masks a setting by its
 * key only (lms.jdbc.password), never a password inside the value of lms.jdbc.url.
 * <p>
 * A driver may also quote a piece of the URL that no longer looks like one (MariaDB's "Incorrect port value :
 * secret@host"), so the passwords found in this process's settings are remembered ({@link #remember}) and masked
 * wherever they appear.
 */
public final class UrlSecrets {

    /** What a masked password shows, as Camel's own masking does. */
    public static final String MASK = "xxxxxx";

    /** scheme://user:password@host: the password runs to the last @ before the path. */
    private static final Pattern USER_INFO = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@\\s:'\"]*:)([^/?#\\s'\"]*)@");
    /** ?password=..., &sslpassword=..., ;PASSWORD=..., ;clientSecret=...: up to the next separator. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&;]\\s*[a-z0-9_.-]*(?:password|passwd|pwd|secret|token|passphrase|credential|apikey|api_key|accesskey)"
                    + "[a-z0-9_.-]*\\s*=)([^&;\\s'\"]*)",
            Pattern.CASE_INSENSITIVE);
    /** Shorter ones are masked inside URLs only: masking every "abc" in every message would garble it. */
    private static final int SHORTEST_REMEMBERED = 4;

    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

    private UrlSecrets() {
    }

    /** {@code text} with every password inside a URL in it, and every remembered one, masked; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll("$1" + MASK + "@");
        masked = SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
        for (String secret : REMEMBERED) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** Remembers the passwords inside {@code setting}'s URLs, to be masked wherever they show up later. */
    public static void remember(String setting) {
        if (setting == null) {
            return;
        }
        for (Pattern pattern : new Pattern[] {USER_INFO, SECRET_PARAMETER}) {
            Matcher matcher = pattern.matcher(setting);
            while (matcher.find()) {
                if (matcher.group(2).length() >= SHORTEST_REMEMBERED) {
                    REMEMBERED.add(matcher.group(2));
                }
            }
        }
    }
}
