package org.lmsexchange.sandbox.ops;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.w3c.dom.Element;

/**
 * Turns an m:Restriction into a test on items or folders. Supported: t:Contains (every ContainmentMode and
 * ContainmentComparison), t:IsEqualTo / t:IsNotEqualTo against a t:Constant, and t:And, t:Or, t:Not. Text
 * equality ignores case, as Exchange's restrictions on string properties do. Anything else is answered with
 * ErrorUnsupportedQueryFilter, an unknown field with ErrorUnsupportedPathForQuery, never silently ignored.
 */
public final class Restriction {

    /** How the restriction's field paths (t:FieldURI, t:ExtendedFieldURI) read a value of the searched things. */
    @FunctionalInterface
    public interface Fields<T> {
        /** The field's text value (null when absent); ErrorUnsupportedPathForQuery for a field not searchable. */
        Function<T, String> resolve(Element path);
    }

    private Restriction() {
    }

    /** The test an m:Restriction element describes; with no restriction everything matches. */
    public static <T> Predicate<T> parse(Element request, Fields<T> fields) {
        return Dom.child(request, "Restriction")
                .map(r -> filter(single(r), fields))
                .orElse(x -> true);
    }

    public static EwsException unsupportedPath(Element path) {
        String name = Dom.attribute(path, "FieldURI").orElse(path.getLocalName());
        return new EwsException("ErrorUnsupportedPathForQuery",
                "The sandbox cannot search or sort on the property " + name + ".");
    }

    private static <T> Predicate<T> filter(Element filter, Fields<T> fields) {
        return switch (filter.getLocalName()) {
            case "And" -> all(Dom.children(filter).stream().map(f -> filter(f, fields)).toList());
            case "Or" -> any(Dom.children(filter).stream().map(f -> filter(f, fields)).toList());
            case "Not" -> filter(single(filter), fields).negate();
            case "Contains" -> contains(filter, fields);
            case "IsEqualTo" -> isEqualTo(filter, fields);
            case "IsNotEqualTo" -> isEqualTo(filter, fields).negate();
            default -> throw new EwsException("ErrorUnsupportedQueryFilter", "The sandbox does not support the "
                    + "restriction t:" + filter.getLocalName() + "; it supports Contains, IsEqualTo, IsNotEqualTo, "
                    + "And, Or and Not.");
        };
    }

    private static <T> Predicate<T> all(List<Predicate<T>> parts) {
        return x -> parts.stream().allMatch(p -> p.test(x));
    }

    private static <T> Predicate<T> any(List<Predicate<T>> parts) {
        return x -> parts.stream().anyMatch(p -> p.test(x));
    }

    private static <T> Predicate<T> contains(Element filter, Fields<T> fields) {
        Function<T, String> field = fields.resolve(path(filter));
        String comparison = Dom.attribute(filter, "ContainmentComparison").orElse("Exact");
        boolean ignoreCase = comparison.contains("IgnoreCase") || comparison.contains("Loose");
        String wanted = fold(constant(Dom.requiredChild(filter, "Constant")), ignoreCase);
        String mode = Dom.attribute(filter, "ContainmentMode").orElse("FullString");
        Predicate<String> match = switch (mode) {
            case "FullString" -> wanted::equals;
            case "Prefixed" -> value -> value.startsWith(wanted);
            case "Substring", "ExactPhrase" -> value -> value.contains(wanted);
            case "PrefixOnWords" -> value -> List.of(value.split("\\W+")).stream().anyMatch(w -> w.startsWith(wanted));
            default -> throw EwsException.schemaValidation("unknown ContainmentMode " + mode);
        };
        return x -> {
            String value = field.apply(x);
            return value != null && match.test(fold(value, ignoreCase));
        };
    }

    private static <T> Predicate<T> isEqualTo(Element filter, Fields<T> fields) {
        Function<T, String> field = fields.resolve(path(filter));
        Element operand = single(Dom.requiredChild(filter, "FieldURIOrConstant"));
        if (!"Constant".equals(operand.getLocalName())) {
            throw new EwsException("ErrorUnsupportedQueryFilter",
                    "The sandbox compares properties with constants only, not with t:" + operand.getLocalName() + ".");
        }
        String wanted = constant(operand);
        return x -> wanted.equalsIgnoreCase(field.apply(x));
    }

    /** The property a filter tests: its first child (t:FieldURI, t:ExtendedFieldURI, t:IndexedFieldURI). */
    private static Element path(Element filter) {
        return Dom.children(filter).stream().findFirst().orElseThrow(() -> EwsException.schemaValidation(
                "t:" + filter.getLocalName() + " names no property"));
    }

    private static String constant(Element constant) {
        return Dom.requiredAttribute(constant, "Value");
    }

    private static Element single(Element parent) {
        List<Element> children = Dom.children(parent);
        if (children.size() != 1) {
            throw EwsException.schemaValidation(parent.getLocalName() + " must hold exactly one element");
        }
        return children.get(0);
    }

    private static String fold(String text, boolean ignoreCase) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }
}
