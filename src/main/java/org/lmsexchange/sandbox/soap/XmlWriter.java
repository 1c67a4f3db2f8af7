package org.lmsexchange.sandbox.soap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes an XML response into a string, escaping text and attribute values. Element names carry their prefix
 * ("m:ResponseCode", "t:ItemId"); the envelope declares the prefixes s, m, t, e and h once.
 */
public final class XmlWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
    private boolean startTagOpen;

    /** Opens an element; attributes come as name, value pairs (null values are left out). */
    public XmlWriter start(String name, String... attributes) {
        closeStartTag();
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
        open.push(name);
        startTagOpen = true;
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** An empty element with attributes. */
    public XmlWriter empty(String name, String... attributes) {
        return start(name, attributes).end();
    }

    public XmlWriter text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    /** An element holding only text; nothing is written when the value is null. */
    public XmlWriter element(String name, String value) {
        if (value != null) {
            start(name).text(value).end();
        }
        return this;
    }

    public XmlWriter element(String name, Instant value) {
        return value == null ? this : element(name, format(value));
    }

    public XmlWriter element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    /** xs:dateTime in UTC at second precision, the way Exchange writes it. */
    public static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                default -> {
                    // characters XML 1.0 cannot carry at all are dropped rather than producing a broken response
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
