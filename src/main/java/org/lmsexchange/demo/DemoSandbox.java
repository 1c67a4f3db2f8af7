package org.lmsexchange.demo;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.learners.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no Exchange configured (camel.component.ews.url not set), the demo runs against the built-in EWS sandbox: it
 * starts with the CamelContext, its scripted learners answer the invitations, and the ews component is pointed at
 * it. Its settings (sandbox.*) are the demo's own, in demo/demo.properties, which the jar carries beside the
 * operator's application.properties.
 */
public final class DemoSandbox extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSandbox.class);

    private final EwsSandbox sandbox;

    private DemoSandbox(EwsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static void start(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        String mailbox = properties.resolveProperty("ews.mailbox").orElse(EwsSandbox.Builder.DEFAULT_ORGANIZER);
        EwsSandbox.Builder builder = EwsSandbox.builder()
                .organizer(mailbox)
                .host(setting(properties, "sandbox.host"))
                .port(Integer.parseInt(setting(properties, "sandbox.port")));
        ScriptSpec.apply(setting(properties, "sandbox.scripted-answers"), builder);
        EwsSandbox sandbox = builder.start();
        // overrides: they win over every other source, such as an empty CAMEL_COMPONENT_EWS_URL
        properties.addOverrideProperty(EwsOption.URL.propertyKey(), sandbox.ewsUrl().toString());
        // the demo sandbox's user, whatever auth says
        properties.addOverrideProperty(EwsOption.AUTH.propertyKey(), EwsConfiguration.AUTH_BASIC);
        properties.addOverrideProperty(EwsOption.USERNAME.propertyKey(), mailbox);
        properties.addOverrideProperty(EwsOption.PASSWORD.propertyKey(), EwsSandbox.Builder.DEFAULT_PASSWORD);
        context.addService(new DemoSandbox(sandbox), true);
        LOG.warn("No camel.component.ews.url is set, so the connector uses its built-in EWS sandbox at {} with "
                + "scripted learners (sandbox.scripted-answers). To connect to a real Exchange set EWS_MAILBOX, "
                + "CAMEL_COMPONENT_EWS_URL, CAMEL_COMPONENT_EWS_USERNAME and CAMEL_COMPONENT_EWS_PASSWORD: see "
                + "docs/connecting-to-exchange.md. Mailboxes: {}/sandbox/api/mailboxes",
                sandbox.ewsUrl(), sandbox.baseUrl());
    }

    /** A demo setting; its default is written once, in demo/demo.properties. */
    private static String setting(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).orElseThrow(() -> new IllegalStateException(
                key + " is not set: the jar's demo/demo.properties holds its default"));
    }

    @Override
    protected void doStop() {
        sandbox.close();
    }
}
