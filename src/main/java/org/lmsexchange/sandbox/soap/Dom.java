package org.lmsexchange.sandbox.soap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small, null-safe helpers for reading EWS request elements. */
public final class Dom {

    private Dom() {
    }

    /** The child elements of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** The child elements with the given local name (any namespace: EWS names do not clash). */
    public static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    public static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }

    /** The child that must be there, or ErrorSchemaValidation naming it. */
    public static Element requiredChild(Element parent, String localName) {
        return child(parent, localName).orElseThrow(() -> EwsException.schemaValidation(
                "element " + parent.getLocalName() + " needs a child element " + localName));
    }

    public static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent).map(String::trim);
    }

    /** An attribute's value, or empty when it is absent. */
    public static Optional<String> attribute(Element element, String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
    }

    public static String requiredAttribute(Element element, String name) {
        return attribute(element, name).orElseThrow(() -> EwsException.schemaValidation(
                "element " + element.getLocalName() + " needs the attribute " + name));
    }

    /** An xs:dateTime, as the client sends it ("2026-01-01T10:00:00Z"); ErrorSchemaValidation when malformed. */
    public static Instant dateTime(String text, String what) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e2) {
                throw EwsException.schemaValidation(what + " is not a valid xs:dateTime: " + text);
            }
        }
    }

    public static boolean bool(String text) {
        return "true".equalsIgnoreCase(text.trim()) || "1".equals(text.trim());
    }
}
