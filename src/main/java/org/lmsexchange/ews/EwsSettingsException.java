package org.lmsexchange.ews;

import java.util.List;

/**
 * The ews settings cannot work: missing, malformed, or naming a file that cannot be read. The message names every
 * offending setting by its user-facing key (see {@link EwsOption}) and what to do, never a secret's value.
 */
public class EwsSettingsException extends IllegalArgumentException {

    private final List<String> problems;

    public EwsSettingsException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : "The Exchange settings have " + problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, one sentence naming its setting. */
    public List<String> getProblems() {
        return problems;
    }
}
