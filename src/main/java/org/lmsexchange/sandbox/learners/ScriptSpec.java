package org.lmsexchange.sandbox.learners;

import java.time.Duration;
import java.util.Locale;
import org.lmsexchange.sandbox.EwsSandbox;

/**
 * Reads scripted answers written as text, for the command line and application.properties:
 * {@code ada@example.com=accept:2s, brian@example.com=tentative:3s, *=decline:5s} ({@code *} = everyone else;
 * delays in ms, s or m).
 */
public final class ScriptSpec {

    private ScriptSpec() {
    }

    public static void apply(String spec, EwsSandbox.Builder builder) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String entry : spec.split(",")) {
            String[] learnerAndRest = entry.trim().split("=", 2);
            String[] answerAndDelay = learnerAndRest.length == 2 ? learnerAndRest[1].split(":", 2) : new String[0];
            if (answerAndDelay.length != 2) {
                throw new IllegalArgumentException("scripted answer '" + entry.trim()
                        + "' must look like learner@example.com=accept:2s");
            }
            Answer answer = Answer.parse(answerAndDelay[0]);
            Duration delay = delay(answerAndDelay[1].trim(), entry.trim());
            String learner = learnerAndRest[0].trim();
            if ("*".equals(learner)) {
                builder.defaultScriptedAnswer(answer, delay);
            } else {
                builder.scriptedAnswer(learner, answer, delay);
            }
        }
    }

    private static Duration delay(String text, String entry) {
        String t = text.toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("scripted answer '" + entry + "': delay '" + text
                + "' must be a number with ms, s or m, e.g. 2s");
    }
}
