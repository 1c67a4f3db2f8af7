package org.lmsexchange;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.learners.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no Exchange configured (ews.url empty), the demo runs against the built-in EWS sandbox: it starts with the
 * CamelContext, its scripted learners answer the invitations, and the ews component is pointed at it.
 */
final class DemoSandbox extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSandbox.class);

    private final EwsSandbox sandbox;

    private DemoSandbox(EwsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static void start(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        String mailbox = properties.resolveProperty("ews.mailbox").orElse(EwsSandbox.Builder.DEFAULT_ORGANIZER);
        EwsSandbox.Builder builder = EwsSandbox.builder()
                .organizer(mailbox)
                .host(properties.resolveProperty("sandbox.host").orElse("127.0.0.1"))
                .port(Integer.parseInt(properties.resolveProperty("sandbox.port").orElse("0")));
        ScriptSpec.apply(properties.resolveProperty("sandbox.scripted-answers").orElse(""), builder);
        EwsSandbox sandbox = builder.start();
        // the component's own keys, not ews.*: an environment variable such as an empty EWS_URL would win over these
        properties.addOverrideProperty("camel.component.ews.url", sandbox.ewsUrl().toString());
        properties.addOverrideProperty("camel.component.ews.auth", "basic"); // the demo sandbox's user, whatever ews.auth says
        properties.addOverrideProperty("camel.component.ews.username", mailbox);
        properties.addOverrideProperty("camel.component.ews.password", EwsSandbox.Builder.DEFAULT_PASSWORD);
        context.addService(new DemoSandbox(sandbox), true);
        LOG.warn("No ews.url is set, so the connector uses its built-in EWS sandbox at {} with scripted learners "
                + "(sandbox.scripted-answers). To connect to a real Exchange set EWS_URL, EWS_MAILBOX, EWS_USERNAME "
                + "and EWS_PASSWORD: see docs/connecting-to-exchange.md. Mailboxes: {}/sandbox/api/mailboxes",
                sandbox.ewsUrl(), sandbox.baseUrl());
    }

    @Override
    protected void doStop() {
        sandbox.close();
    }
}
