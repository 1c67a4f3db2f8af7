package org.lmsexchange.ews.client;

import java.util.function.Supplier;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.MeetingNotFoundException;
import org.lmsexchange.ews.model.CreatedMeeting;

/**
 * Tells a meeting that is gone from other failures: the calls on a recorded meeting run through here, so that
 * Exchange's ErrorItemNotFound reaches the route as a {@link MeetingNotFoundException} naming the meeting.
 */
final class MeetingNotFound {

    private MeetingNotFound() {
    }

    /** The call's result; its ErrorItemNotFound failure as a {@link MeetingNotFoundException}. */
    static <T> T reported(CreatedMeeting meeting, Supplier<T> call) {
        try {
            return call.get();
        } catch (MeetingNotFoundException e) {
            throw e;
        } catch (EwsCallException e) {
            if (!MeetingNotFoundException.RESPONSE_CODE.equals(e.getResponseCode())) {
                throw e;
            }
            throw new MeetingNotFoundException(meeting.eventId(), meeting.uid(), "meeting " + meeting.uid()
                    + " of event " + meeting.eventId() + " is no longer in the calendar (deleted in Outlook?): "
                    + e.getMessage(), e);
        }
    }
}
