package org.lmsexchange.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.util.StringHelper;

/**
 * The keys of the ews component's options as camel-main reads them ({@code camel.component.ews.trust-store-type}),
 * from the component's generated metadata: every option is a setting that an environment variable can set, though
 * the settings files name only the few the connector sets itself.
 */
final class ComponentOptions {

    private static final String METADATA = "META-INF/org/lmsexchange/ews/ews.json";
    private static final String PREFIX = "camel.component.ews.";

    private ComponentOptions() {
    }

    static Set<String> keys() {
        try (InputStream json = ComponentOptions.class.getClassLoader().getResourceAsStream(METADATA)) {
            if (json == null) {
                throw new IllegalStateException("the ews component's metadata " + METADATA + " is not on the class path");
            }
            Set<String> keys = new TreeSet<>();
            JsonNode options = new ObjectMapper().readTree(json).path("componentProperties");
            options.fields().forEachRemaining(option -> {
                // the options of the component's configuration, not Camel's own (lazyStartProducer, ...)
                if ("configuration".equals(option.getValue().path("configurationField").asText())) {
                    keys.add(PREFIX + StringHelper.camelCaseToDash(option.getKey()));
                }
            });
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + METADATA, e);
        }
    }
}
