package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An lms.jdbc.url that no driver can read stops start-up at once: waiting, as for a database that is down, would
 * never help. One line names the setting and what is wrong, exit code 1, no stack trace, no password.
 */
class BadLmsUrlTest {

    @Test
    void aUrlTheDriverCannotReadStopsStartUpWithOneLineNamingTheSetting() throws Exception {
        String output = failedStartUp("jdbc:mariadb://db.example.com:33o6/lms?password=Xq8~s3cret");

        assertThat(errorLine(output)).contains("lms.jdbc.url (LMS_JDBC_URL)", "db.example.com:33o6",
                "cannot be read by the MariaDB driver", "jdbc:mariadb://host:3306/database");
        assertThat(output).doesNotContain("Xq8~s3cret");
    }

    @Test
    void aUrlNoDriverAcceptsStopsStartUpWithOneLineNamingTheSetting() throws Exception {
        String output = failedStartUp("jdbc:postgresql:/db.example.com/lms");

        assertThat(errorLine(output)).contains("lms.jdbc.url (LMS_JDBC_URL) 'jdbc:postgresql:/db.example.com/lms'",
                "is not a URL the PostgreSQL driver can read", "jdbc:postgresql://host:5432/database");
    }

    @Test
    void anUnsupportedDatabaseStopsStartUpWithOneLineNamingTheSetting() throws Exception {
        String output = failedStartUp("jdbc:mysql://db.example.com/lms");

        assertThat(errorLine(output)).contains("lms.jdbc.url (LMS_JDBC_URL) 'jdbc:mysql://db.example.com/lms'",
                "must start with jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:");
    }

    /** What the connector printed before it ended with exit code 1. */
    private static String failedStartUp(String lmsUrl) throws Exception {
        try (ConnectorProcess connector = ConnectorProcess.start(Path.of("").toAbsolutePath(),
                Map.of("LMS_JDBC_URL", lmsUrl, "CAMEL_COMPONENT_EWS_URL", "https://mail.example.com/EWS/Exchange.asmx"),
                List.of("-Dcamel.management.enabled=false"))) {
            assertThat(connector.exitCode(Duration.ofSeconds(60))).as("exit code of:%n%s", connector.output()).isEqualTo(1);
            String output = connector.output();
            assertThat(output).doesNotContain("Exception").doesNotContainPattern("(?m)^\\s+at ");
            return output;
        }
    }

    private static String errorLine(String output) {
        List<String> errors = output.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertThat(errors).as("the ERROR lines of:%n%s", output).hasSize(1);
        return errors.get(0);
    }
}
