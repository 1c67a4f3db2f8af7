package org.lmsexchange.lms;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.lmsexchange.settings.EnvironmentSettings;
import org.lmsexchange.settings.SettingsException;
import org.lmsexchange.settings.UrlSecrets;

/**
 * Checks lms.jdbc.url before anything connects: a URL that no driver reads (a typo in the scheme, a port that is no
 * number) cannot start working by waiting, unlike a database that is down, so it stops start-up at once with one
 * line naming the setting.
 */
public final class LmsUrl {

    private static final String SETTING = "lms.jdbc.url";

    private LmsUrl() {
    }

    /** The kind of database the URL names, once its driver has read it; a {@link SettingsException} otherwise. */
    public static LmsDatabase check(String url) {
        LmsDatabase database;
        try {
            database = LmsDatabase.of(url);
        } catch (IllegalArgumentException e) {
            throw refused(url, LmsDatabase.NOT_SUPPORTED);
        }
        Driver driver;
        try {
            driver = DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw refused(url, "is not a URL the " + database.displayName() + " driver can read; its form is "
                    + database.urlExample());
        }
        try {
            // the drivers read the whole URL here (host, port, options) without connecting
            driver.getPropertyInfo(url, new Properties());
        } catch (SQLException e) {
            throw refused(url, "cannot be read by the " + database.displayName() + " driver (" + e.getMessage()
                    + "); its form is " + database.urlExample());
        }
        return database;
    }

    private static SettingsException refused(String url, String why) {
        // a password in the URL never reaches the message, nor one the driver quotes
        return new SettingsException(UrlSecrets.mask(SETTING + " (" + EnvironmentSettings.variableOf(SETTING) + ") '"
                + url + "' " + why));
    }
}
