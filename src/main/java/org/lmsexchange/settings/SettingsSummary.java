package org.lmsexchange.settings;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainHelper;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.util.LocationHelper;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.OrderedLocationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in use, logged once the connector has started: each setting the connector looked up, where its value
 * came from, and the value with its secrets masked. It replaces camel-main's own summaries
 * (camel.main.auto-configuration-log-summary = false), which mask a value only when its key is named like a password
 * and so printed a password inside lms.jdbc.url in clear; here the value is masked by its key as Camel does, and any
 * password inside a URL by {@link UrlSecrets}. Like Camel's, it leaves out settings at their placeholder default.
 */
public final class SettingsSummary extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSummary.class);

    private final OrderedLocationProperties looked = new OrderedLocationProperties();

    @Override
    public void beforeInitialize(BaseMainSupport main) {
        // before the beans and components are configured: their {{placeholders}} are the settings a user edits
        main.getCamelContext().getPropertiesComponent().addPropertiesLookupListener((name, value, defaultValue, source) -> {
            synchronized (looked) {
                looked.put(source == null ? "unknown" : source, name, value, defaultValue);
            }
        });
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        StringBuilder summary = new StringBuilder("Settings summary (secrets masked)");
        synchronized (looked) {
            for (String key : looked.stringPropertyNames().stream().sorted().toList()) {
                Object value = looked.get(key);
                if (!ObjectHelper.equal(value, looked.getDefaultValue(key))) {
                    summary.append(System.lineSeparator()).append("    ")
                            .append(String.format("%-30s", LocationHelper.locationSummary(looked, key)))
                            .append(' ').append(key).append(" = ").append(shown(context, key, value));
                }
            }
        }
        LOG.info(summary.toString());
    }

    /** Masked by its key as Camel masks it (camel.main.additional-sensitive-keywords included), else URL secrets. */
    static String shown(CamelContext context, String key, Object value) {
        if (MainHelper.containsSensitive(context, key, value)) {
            return UrlSecrets.MASK;
        }
        return UrlSecrets.mask(String.valueOf(value));
    }
}
