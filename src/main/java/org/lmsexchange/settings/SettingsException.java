package org.lmsexchange.settings;

/**
 * A setting, or a settings file, that cannot work. Start-up stops with this one message, which names the setting
 * and what to do; no stack trace, since nothing in the code went wrong.
 */
public class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
