package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The routes an operator may edit say what they do, not how Camel is wired: beans by name (no Java class names but
 * the exceptions a route catches),
 * every statement through the one jdbc endpoint of application.properties, and the pending-events query and the
 * check command's count of it selecting by one shared condition, so that they cannot drift apart.
 */
class RoutesWithoutPlumbingTest {

    private static final Path ROUTES = Path.of("routes");

    @Test
    void theRoutesNameBeansNotJavaClasses() throws IOException {
        for (Path route : routes()) {
            assertThat(Files.readString(route)).as(route.toString())
                    .doesNotContain("beanType:")
                    // a type test ("${body} is 'org...'") where a null test says it
                    .doesNotContain("} is '");
        }
    }

    @Test
    void everyStatementRunsThroughTheOneJdbcEndpoint() throws IOException {
        for (Path route : routes()) {
            assertThat(Files.readString(route)).as(route.toString()).doesNotContain("jdbc:");
        }
        assertThat(Files.readString(ROUTES.resolve("lms-events-to-exchange.camel.yaml"))).contains("{{sql.endpoint}}");
        assertThat(settings().getProperty("sql.endpoint")).startsWith("jdbc:lmsDataSource?");
    }

    @Test
    void pendingEventsAndTheirCountShareOneCondition() throws IOException {
        Properties settings = settings();

        assertThat(settings.getProperty("sql.pending-events")).contains("WHERE {{sql.pending-events-where}} ");
        assertThat(settings.getProperty("sql.count-pending-events")).endsWith("WHERE {{sql.pending-events-where}}");
        assertThat(settings.getProperty("sql.pending-events-where")).contains(":?switchOn", ":?retryBefore",
                ":?staleBefore");
    }

    private static List<Path> routes() throws IOException {
        try (Stream<Path> files = Files.list(ROUTES)) {
            List<Path> routes = files.filter(f -> f.toString().endsWith(".camel.yaml")).toList();
            assertThat(routes).isNotEmpty();
            return routes;
        }
    }

    private static Properties settings() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("application.properties"))) {
            settings.load(in);
        }
        return settings;
    }
}
