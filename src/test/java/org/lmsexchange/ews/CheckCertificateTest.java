package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmsexchange.check.CheckCommand;
import org.lmsexchange.sandbox.EwsSandbox;

/** {@code check} against an Exchange whose certificate the JDK does not trust: it names the trust-store settings. */
class CheckCertificateTest {

    @TempDir
    Path keys;

    @Test
    void aSelfSignedCertificateIsReportedAsUntrusted() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (EwsSandbox sandbox = EwsSandbox.builder().tls(SelfSignedCertificate.serverContext(keys)).start()) {
            int exit = CheckCommand.run(new String[0], Map.of(
                    "lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                    "lms.demo-data", "false",
                    "camel.component.ews.url", sandbox.ewsUrl().toString(),
                    "camel.component.ews.username", sandbox.organizer(),
                    "camel.component.ews.password", EwsSandbox.Builder.DEFAULT_PASSWORD), new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(exit).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("[FAIL] EWS URL " + sandbox.ewsUrl() + " not reachable",
                            "Exchange's certificate is not trusted",
                            "change:       camel.component.ews.trust-store, camel.component.ews.trust-store-type, camel.component.ews.trust-store-password",
                            "[SKIP] Authentication");
            assertThat(sandbox.counters().snapshot().totalRequests()).isZero();
        }
    }
}
