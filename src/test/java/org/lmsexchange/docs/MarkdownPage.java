package org.lmsexchange.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Markdown page of the project's documentation as a reader sees it: its headings, links and code blocks. */
record MarkdownPage(Path file, List<String> prose, List<CodeBlock> codeBlocks) {

    /** A fenced code block: its language (may be empty) and its lines. */
    record CodeBlock(String language, List<String> lines) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    static MarkdownPage read(Path file) throws IOException {
        List<String> prose = new ArrayList<>();
        List<CodeBlock> blocks = new ArrayList<>();
        List<String> block = null;
        String language = "";
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                    language = line.substring(3).trim();
                } else {
                    blocks.add(new CodeBlock(language, List.copyOf(block)));
                    block = null;
                }
            } else if (block != null) {
                block.add(line);
            } else {
                prose.add(line);
            }
        }
        return new MarkdownPage(file, List.copyOf(prose), List.copyOf(blocks));
    }

    /** The link targets outside code, as written: "docs/x.md#y", "#y", "https://...". */
    List<String> links() {
        List<String> links = new ArrayList<>();
        for (String line : prose) {
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /** The anchors its headings get on GitHub: "## Checking the connection: `check`" is #checking-the-connection-check. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped (hyphens and underscores kept), each space a hyphen. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
