package org.lmsexchange.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the connector's settings come from: the two files the jar carries, application.properties with every
 * operator's setting and its default, and under it demo/demo.properties with the demo's own settings; over both one
 * settings file of the user's, which needs to hold only what it changes: the file named by {@code --config FILE},
 * else by the environment variable {@code CONNECTOR_CONFIG}, else the application.properties in the working
 * directory, if there is one. Environment variables and -D properties override them all.
 */
public final class SettingsFiles {

    /** The operator's settings the jar carries. */
    private static final String DEFAULTS_RESOURCE = "application.properties";
    /** The demo's settings the jar carries, kept out of the operator's file. */
    private static final String DEMO_RESOURCE = "demo/demo.properties";
    /** The settings the jar carries, as placeholder locations: of two, Camel takes a setting from the first. */
    public static final String DEFAULTS = "classpath:" + DEFAULTS_RESOURCE + ",classpath:" + DEMO_RESOURCE;
    /** The environment variable naming the settings file, when --config does not. */
    private static final String CONFIG_VARIABLE = "CONNECTOR_CONFIG";
    private static final String IN_WORKING_DIRECTORY = "application.properties";

    private final Path overrides;

    private SettingsFiles(Path overrides) {
        this.overrides = overrides;
    }

    /** The settings files of this process: its environment and working directory, and its {@code --config} value. */
    public static SettingsFiles locate(String configOption) {
        return locate(configOption, System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * The settings files for a command line's {@code --config} value (null when not given), an environment and a
     * working directory. A file that is named but does not exist stops start-up: a typo must not run the defaults.
     */
    public static SettingsFiles locate(String configOption, Map<String, String> environment, Path workingDirectory) {
        if (configOption != null) {
            return new SettingsFiles(existing(workingDirectory.resolve(configOption), ConfigOption.NAME));
        }
        String variable = environment.get(CONFIG_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new SettingsFiles(existing(workingDirectory.resolve(variable), CONFIG_VARIABLE));
        }
        Path local = workingDirectory.resolve(IN_WORKING_DIRECTORY);
        return new SettingsFiles(Files.isRegularFile(local) ? local.toAbsolutePath() : null);
    }

    /** The user's settings file over the jar's defaults, if any. */
    public Optional<Path> overrides() {
        return Optional.ofNullable(overrides);
    }

    /** The files as camel-main's property placeholder locations: of two, Camel takes a setting from the first. */
    public String placeholderLocations() {
        return overrides == null ? DEFAULTS : "file:" + overrides + "," + DEFAULTS;
    }

    /** Every setting of every file, the user's over the operator's defaults over the demo's. */
    Properties read() {
        Properties settings = new Properties();
        try {
            loadCarried(settings, DEMO_RESOURCE);
            loadCarried(settings, DEFAULTS_RESOURCE);
            if (overrides != null) {
                try (InputStream user = Files.newInputStream(overrides)) {
                    settings.load(user);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings: " + e.getMessage(), e);
        }
        return settings;
    }

    private static void loadCarried(Properties settings, String resource) throws IOException {
        try (InputStream in = SettingsFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (the jar carries it)");
            }
            settings.load(in);
        }
    }

    private static Path existing(Path file, String namedBy) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new SettingsException(namedBy + " names the settings file " + absolute + ", which does not exist");
        }
        return absolute;
    }
}
