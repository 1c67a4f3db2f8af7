package org.lmsexchange.ews.model;

import java.util.List;
import java.util.Objects;

/**
 * People to take off a meeting, by e-mail address (trimmed and in lower case, as every address is compared):
 * only they get a cancellation.
 */
public record AttendeesToRemove(CreatedMeeting meeting, List<String> addresses) {

    public AttendeesToRemove {
        addresses = addresses == null ? List.of()
                : addresses.stream().map(Addresses::normalized).filter(Objects::nonNull).toList();
    }
}
