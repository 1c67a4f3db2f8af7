package org.lmsexchange.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The README says what the project is and how to start; the guides live in docs/. A newcomer must be able to follow
 * every link (to a file that exists, and to a heading in it), find every guide from the README, and find the two
 * commands first.
 */
class DocumentationLinksTest {

    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : pages()) {
            MarkdownPage page = MarkdownPage.read(file);
            for (String link : page.links()) {
                if (link.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto: - outside the project
                }
                String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
                Path target = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
                softly.assertThat(target).as("%s links to %s: the file", file, link).exists();
                if (anchor != null && Files.isRegularFile(target) && target.toString().endsWith(".md")) {
                    softly.assertThat(MarkdownPage.read(target).anchors()).as("%s links to %s: the heading", file, link)
                            .contains(anchor);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyGuideInDocsIsLinkedFromTheReadme() throws IOException {
        List<String> readmeLinks = MarkdownPage.read(README).links().stream()
                .map(link -> link.contains("#") ? link.substring(0, link.indexOf('#')) : link).toList();
        List<String> guides;
        try (Stream<Path> files = Files.list(DOCS)) {
            guides = files.filter(f -> f.toString().endsWith(".md")).map(f -> "docs/" + f.getFileName()).sorted().toList();
        }

        assertThat(guides).as("the guides in docs/").contains("docs/configuration.md", "docs/ews-component.md",
                "docs/sandbox.md", "docs/outages-and-health.md");
        assertThat(readmeLinks).as("the README's links").containsAll(guides);
    }

    @Test
    void theReadmesFirstCommandsRunTheDemoThenTheWholeTestSuite() throws IOException {
        MarkdownPage readme = MarkdownPage.read(README);

        List<String> commands = readme.codeBlocks().get(0).lines().stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(commands).containsExactly(
                "mvn -B -q package -DskipTests && java -jar target/lms-exchange-connector.jar",
                "mvn -B test");
        assertThat(readme.anchors()).as("the README's sections")
                .contains("the-demo", "how-the-two-routes-work", "documentation");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
