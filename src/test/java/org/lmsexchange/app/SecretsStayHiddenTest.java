package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.check.CheckCommand;
import org.lmsexchange.ews.SelfSignedCertificate;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * The connector runs with recognisable secrets (a client secret, a certificate password, a trust-store password and a
 * Basic password it holds but does not use), works, has an outage, and is checked with {@code check}. None of the
 * secrets appears in anything an operator can see: the log (messages and stack traces), standard output and error,
 * /observe/health at full exposure with stack traces and data, every JMX attribute, the connector's own tables, and
 * the check command's output.
 */
@Tag("exchange-side")
class SecretsStayHiddenTest extends ConnectorTestSupport {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String CLIENT_ID = "4b7e2f90-connector-app";
    private static final String CLIENT_SECRET = "Sekret-Client-7Q2w-9x";
    private static final String CERTIFICATE_PASSWORD = "Sekret-Cert-Pw-3k8z";
    private static final String TRUST_STORE_PASSWORD = "Sekret-Trust-Pw-5m1v";
    private static final String BASIC_PASSWORD = "Sekret-Basic-Pw-8r4t";
    private static final List<String> SECRETS = List.of(CLIENT_SECRET, CERTIFICATE_PASSWORD, TRUST_STORE_PASSWORD,
            BASIC_PASSWORD);
    private static final String ADA = "ada@example.com";

    private final HealthEndpoint health = new HealthEndpoint();
    private final Path trustStore = trustStoreWithRecognisablePassword();

    @Override
    protected EwsSandbox.Builder sandboxSettings() {
        try {
            return super.sandboxSettings().tls(TestCertificates.LOOPBACK.serverContext())
                    .oauthApp(OAuthApp.builder(TENANT, CLIENT_ID).secret(CLIENT_SECRET)
                            .certificate(TestCertificates.APP.certificate()).build());
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve HTTPS", e);
        }
    }

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.putAll(oauth2Settings());
        settings.setProperty("camel.component.ews.oauth2-client-secret", CLIENT_SECRET);
        settings.putAll(health.settings());
        return settings;
    }

    @Test
    void noSecretReachesAnythingAnOperatorSees() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CapturedLog log = CapturedLog.capture()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));

            String uid = awaitMeeting(lms.event("EVT-SECRET").booked(ADA).insert());
            sandbox.learner(ADA).accept(uid);
            eventually().until(() -> "ACCEPTED".equals(lms.booking("EVT-SECRET", ADA).get("response")));

            // an outage: Exchange refuses the app's token, so failures, reasons and health details are produced
            sandbox.faults().failNext(10_000, FaultKind.PERMISSION_MISSING);
            lms.event("EVT-REFUSED").booked(ADA).insert();
            eventually().until(() -> health.getInFull().statusCode() == 503);
            seen.put("/observe/health", health.getInFull().body());
            sandbox.faults().clear();
            awaitMeeting("EVT-REFUSED");

            seen.put("JMX", jmxAttributes());
            seen.put("connector_meeting", lms.query("SELECT event_id, last_error FROM connector_meeting").toString());
            seen.put("check (client secret)", check(secretSettings()));
            seen.put("check (certificate)", check(certificateSettings()));
            seen.put("log", log.everything());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        seen.put("standard output and error", printed.toString(StandardCharsets.UTF_8));

        assertThat(seen.get("/observe/health")).contains("Exchange is unavailable");
        assertThat(seen.get("check (client secret)")).contains("All checks passed.");
        assertThat(seen.get("check (certificate)")).contains("All checks passed.");
        assertThat(leaks(seen)).isEmpty();
    }

    /** Where a secret shows, with the text around it. */
    private static List<String> leaks(Map<String, String> seen) {
        List<String> leaks = new ArrayList<>();
        seen.forEach((source, text) -> {
            for (String secret : SECRETS) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    leaks.add(source + ": ..." + text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 60)));
                }
            }
        });
        return leaks;
    }

    /** Every readable attribute of every MBean in this JVM, as a JMX console (or Hawtio) would list them. */
    private static String jmxAttributes() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        StringBuilder attributes = new StringBuilder();
        for (ObjectName name : server.queryNames(null, null)) {
            attributes.append(name).append('\n');
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (attribute.isReadable()) {
                    try {
                        attributes.append(attribute.getName()).append('=')
                                .append(server.getAttribute(name, attribute.getName())).append('\n');
                    } catch (Exception | LinkageError e) {
                        attributes.append(attribute.getName()).append(" unreadable: ").append(e).append('\n');
                    }
                }
            }
        }
        return attributes.toString();
    }

    private String check(Map<String, String> settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckCommand.run(new String[] {"--write"}, settings, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> secretSettings() {
        Map<String, String> settings = checkSettings();
        settings.put("camel.component.ews.oauth2-client-secret", CLIENT_SECRET);
        return settings;
    }

    private Map<String, String> certificateSettings() throws Exception {
        Map<String, String> settings = checkSettings();
        settings.remove("camel.component.ews.oauth2-client-secret");
        settings.put("camel.component.ews.oauth2-certificate", TestCertificates.APP.pemWithKey(CERTIFICATE_PASSWORD).toString());
        settings.put("camel.component.ews.oauth2-certificate-password", CERTIFICATE_PASSWORD);
        return settings;
    }

    private Map<String, String> checkSettings() {
        Map<String, String> settings = new HashMap<>();
        oauth2Settings().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("lms.jdbc.url", database.url());
        settings.put("lms.jdbc.user", database.user());
        settings.put("lms.jdbc.password", database.password());
        settings.put("lms.demo-data", "false");
        settings.put("camel.component.ews.url", sandbox.ewsUrl().toString());
        settings.put("ews.mailbox", ORGANIZER);
        return settings;
    }

    private Properties oauth2Settings() {
        Properties settings = new Properties();
        settings.setProperty("camel.component.ews.auth", "oauth2");
        settings.setProperty("camel.component.ews.username", ORGANIZER);
        settings.setProperty("camel.component.ews.password", BASIC_PASSWORD);
        settings.setProperty("camel.component.ews.oauth2-authority-host", sandbox.authorityHost().toString());
        settings.setProperty("camel.component.ews.oauth2-tenant", TENANT);
        settings.setProperty("camel.component.ews.oauth2-client-id", CLIENT_ID);
        settings.setProperty("camel.component.ews.trust-store", trustStore.toString());
        settings.setProperty("camel.component.ews.trust-store-password", TRUST_STORE_PASSWORD);
        return settings;
    }

    /** The sandbox's certificate in a PKCS12 trust store opened by a password the test can search for. */
    private static Path trustStoreWithRecognisablePassword() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(TestCertificates.LOOPBACK.trustStore("PKCS12"))) {
                store.load(in, SelfSignedCertificate.PASSWORD.toCharArray());
            }
            Path file = Files.createTempFile("secret-trust", ".p12");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, TRUST_STORE_PASSWORD.toCharArray());
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the trust store", e);
        }
    }
}
