package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ews component speaks its own vocabulary, meetings, attendees and their answers: no word of the LMS side and no
 * name of the connector's settings (its options are camel.component.ews.*, set by whatever application uses it), so
 * that it could serve another application unchanged. ArchitectureTest keeps its imports apart; this keeps its words.
 */
class ComponentVocabularyTest {

    private static final Path COMPONENT = Path.of("src/main/java/org/lmsexchange/ews");
    /** LMS words, and the connector's setting names (ews.url, connector.*, lms.*, sql.*). */
    private static final Pattern FOREIGN = Pattern.compile(
            "(?i)\\bLMS\\b|\\blearners?\\b|\\bbookings?\\b|\\broster\\b"
                    + "|(?<![\\w.])(ews\\.(?!json)[a-z0-9-]+|connector\\.[a-z]|lms\\.[a-z]|sql\\.[a-z])");

    @Test
    void theComponentsSourcesUseNoWordOfTheLmsSideOrTheConnectorsSettings() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(COMPONENT)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("package ") || line.startsWith("import ")) {
                        continue; // org.lmsexchange.ews.* names the package, not the LMS
                    }
                    Matcher foreign = FOREIGN.matcher(line);
                    while (foreign.find()) {
                        found.add(COMPONENT.relativize(source) + ":" + (i + 1) + ": " + foreign.group());
                    }
                }
            }
        }
        assertThat(found).as("LMS words and connector setting names in the ews component").isEmpty();
    }
}
