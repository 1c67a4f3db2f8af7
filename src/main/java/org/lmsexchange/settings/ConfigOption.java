package org.lmsexchange.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --config FILE} (or {@code --config=FILE}) on the command line of the connector and of {@code check}: the
 * settings file that overrides the jar's defaults. Parsed apart from the command's other arguments.
 *
 * @param file           the file named, or null when the option is not given
 * @param otherArguments the command line without the option
 */
public record ConfigOption(String file, String[] otherArguments) {

    static final String NAME = "--config";

    public static ConfigOption parse(String[] args) {
        String file = null;
        List<String> others = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(NAME + "=")) {
                file = named(args[i].substring(NAME.length() + 1));
            } else if (args[i].equals(NAME)) {
                file = named(i + 1 < args.length ? args[++i] : "");
            } else {
                others.add(args[i]);
            }
        }
        return new ConfigOption(file, others.toArray(String[]::new));
    }

    private static String named(String file) {
        if (file.isBlank()) {
            throw new SettingsException(NAME + " needs the name of a settings file, e.g. " + NAME
                    + " /etc/lms-connector/application.properties");
        }
        return file;
    }
}
