package org.lmsexchange.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request as the real 2.0 client sent it, recorded in {@code src/test/resources/ews-requests/*.http}: the
 * request line, the headers, a blank line and a body of exactly Content-length bytes.
 */
record RecordedRequest(String name, String method, String path, List<String[]> headers, byte[] body) {

    static final Path DIRECTORY = Path.of("src/test/resources/ews-requests");

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> SET_BY_THE_HTTP_CLIENT = Set.of("host", "connection", "content-length", "keep-alive");

    static RecordedRequest load(String fileName) {
        try {
            return parse(fileName, Files.readAllBytes(DIRECTORY.resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers to send again: all but those java.net.http owns. */
    List<String[]> replayableHeaders() {
        return headers.stream()
                .filter(h -> !SET_BY_THE_HTTP_CLIENT.contains(h[0].toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static RecordedRequest parse(String name, byte[] file) {
        int headEnd = indexOf(file, "\n\n".getBytes(StandardCharsets.US_ASCII));
        String[] lines = new String(file, 0, headEnd, StandardCharsets.US_ASCII).split("\n");
        String[] requestLine = lines[0].split(" ");
        List<String[]> headers = new ArrayList<>();
        int contentLength = -1;
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int colon = line.indexOf(':');
            String header = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            headers.add(new String[] {header, value});
            if (header.equalsIgnoreCase("Content-length")) {
                contentLength = Integer.parseInt(value);
            }
        }
        int bodyStart = headEnd + 2;
        if (contentLength < 0 || bodyStart + contentLength > file.length) {
            throw new IllegalStateException(name + ": no Content-length or a body shorter than it announces");
        }
        return new RecordedRequest(name, requestLine[0], requestLine[1], List.copyOf(headers),
                Arrays.copyOfRange(file, bodyStart, bodyStart + contentLength));
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no blank line between the headers and the body");
    }
}
