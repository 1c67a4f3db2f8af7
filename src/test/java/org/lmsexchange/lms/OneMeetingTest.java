package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;

/** One meeting per event: which meeting stays when Exchange holds several for one event. */
class OneMeetingTest {

    private static final CreatedMeeting EARLIEST = meeting("A");
    private static final CreatedMeeting LATER = meeting("B");
    private static final CreatedMeeting LATEST = meeting("C");

    @Test
    void withoutARecordTheEarliestCreatedIsKept() {
        OneMeeting one = OneMeeting.of(List.of(EARLIEST, LATER, LATEST), null);

        assertThat(one.kept()).isEqualTo(EARLIEST);
        assertThat(one.duplicates()).containsExactly(LATER, LATEST);
    }

    @Test
    void theRecordedMeetingIsKeptEvenIfAnEarlierOneShowedUpLater() {
        OneMeeting one = OneMeeting.of(List.of(EARLIEST, LATER), LATER.uid());

        assertThat(one.kept()).isEqualTo(LATER);
        assertThat(one.duplicates()).containsExactly(EARLIEST);
    }

    @Test
    void aSingleMeetingHasNoDuplicates() {
        assertThat(OneMeeting.of(List.of(EARLIEST), null)).isEqualTo(new OneMeeting(EARLIEST, List.of()));
        assertThat(OneMeeting.of(List.of(EARLIEST), EARLIEST.uid())).isEqualTo(new OneMeeting(EARLIEST, List.of()));
    }

    @Test
    void noMeetingKeepsNothing() {
        assertThat(OneMeeting.of(List.of(), null)).isEqualTo(new OneMeeting(null, List.of()));
    }

    @Test
    void aRecordedMeetingThatIsGoneCancelsNothing() {
        assertThat(OneMeeting.of(List.of(EARLIEST, LATER), "GONE")).isEqualTo(new OneMeeting(null, List.of()));
    }

    private static CreatedMeeting meeting(String name) {
        return new CreatedMeeting("EVT-1", "item-" + name, "ck-" + name, "uid-" + name);
    }
}
