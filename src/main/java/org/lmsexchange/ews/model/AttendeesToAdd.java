package org.lmsexchange.ews.model;

import java.util.List;

/** People to add to a meeting as required attendees: only they get an invitation. */
public record AttendeesToAdd(CreatedMeeting meeting, List<Invitee> invitees) {

    public AttendeesToAdd {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }
}
