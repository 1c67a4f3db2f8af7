package org.lmsexchange.check;

import java.util.stream.Stream;

/**
 * Reading a failure's chain of causes: libraries (ews-java-api, msal4j, JDBC drivers, Hikari) wrap what actually
 * went wrong, and both the messages for operators and the telling apart of failures need the cause inside.
 */
public final class Causes {

    private Causes() {
    }

    /** The failure, then its cause, then that one's, ...; stops at a cause that is its own. */
    public static Stream<Throwable> chain(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** Whether the failure or one of its causes is a {@code type}. */
    public static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return chain(failure).anyMatch(type::isInstance);
    }

    /** The innermost cause's message, or its type when it has none ("The request failed. null" helps nobody). */
    public static String innermostMessage(Throwable failure) {
        Throwable root = chain(failure).reduce((outer, inner) -> inner).orElse(failure);
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
