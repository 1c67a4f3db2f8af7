package org.lmsexchange.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings tables of docs/configuration.md (each headed "| setting |": the operator's, and the demo's own) as the
 * tests that hold them against the code read them, and the settings files the jar carries.
 */
final class DocumentedSettings {

    /**
     * One row of a table: the keys it names and, for each, the default it gives: a value in backticks, "" for
     * "empty", or null where the row describes the default in words ("in-memory H2").
     */
    record Row(List<String> keys, List<String> defaults) {
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (`[^|]+`) \\| ([^|]+) \\|");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern CODE_FIRST = Pattern.compile("^`([^`]*)`");

    private DocumentedSettings() {
    }

    /** The operator's application.properties and the demo's demo/demo.properties, as the jar carries them. */
    static Properties jarDefaults() throws IOException {
        Properties defaults = new Properties();
        for (String resource : List.of("application.properties", "demo/demo.properties")) {
            try (InputStream in = DocumentedSettings.class.getClassLoader().getResourceAsStream(resource)) {
                defaults.load(in);
            }
        }
        return defaults;
    }

    /**
     * The rows of every settings table. A row names one key, or several (`lms.jdbc.user` / `lms.jdbc.password`;
     * `camel.management.enabled` / `host` / `port`; `camel.component.ews.trust-store-type` / `-password`), or a family
     * (`sql.*`: every sql. key the jar carries, defaults not given).
     */
    static List<Row> rows(Properties jarDefaults) throws IOException {
        String configuration = Files.readString(Path.of("docs", "configuration.md"));
        List<Row> rows = new ArrayList<>();
        String[] tables = configuration.split("\n\\| setting \\|"); // [0] is the text before the first table
        for (int i = 1; i < tables.length; i++) {
            int end = tables[i].indexOf("\n\n");
            for (String line : tables[i].substring(0, end < 0 ? tables[i].length() : end).lines().toList()) {
                Matcher row = TABLE_ROW.matcher(line);
                if (row.find()) {
                    List<String> keys = keys(row.group(1), jarDefaults);
                    rows.add(new Row(keys, defaults(row.group(2).trim(), keys.size())));
                }
            }
        }
        return rows;
    }

    private static List<String> keys(String cell, Properties jarDefaults) {
        List<String> names = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            names.add(code.group(1));
        }
        String first = names.get(0);
        if (first.endsWith(".*")) {
            String family = first.substring(0, first.length() - 1);
            return jarDefaults.stringPropertyNames().stream().filter(key -> key.startsWith(family)).sorted().toList();
        }
        List<String> keys = new ArrayList<>(List.of(first));
        String parent = first.substring(0, first.lastIndexOf('.') + 1);
        String last = first.substring(parent.length());
        for (String name : names.subList(1, names.size())) {
            if (name.contains(".")) {
                keys.add(name);
            } else if (name.startsWith("-")) {
                // `accept-status` / `-response`: the same stem; `certificate` / `-password`: the key, extended
                keys.add(parent + (last.contains("-") ? last.substring(0, last.lastIndexOf('-')) : last) + name);
            } else {
                keys.add(parent + name);
            }
        }
        return keys;
    }

    /** `30000` (and words after it), "empty", or words; one per key when the cell is split by " / " like its keys. */
    private static List<String> defaults(String cell, int keys) {
        List<String> parts = Arrays.asList(cell.split(" / "));
        if (parts.size() != keys) {
            return Collections.nCopies(keys, null);
        }
        return parts.stream().map(DocumentedSettings::defaultValue).toList();
    }

    private static String defaultValue(String part) {
        if (part.equals("empty")) {
            return "";
        }
        Matcher code = CODE_FIRST.matcher(part);
        return code.find() ? code.group(1) : null;
    }
}
