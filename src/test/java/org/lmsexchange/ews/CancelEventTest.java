package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.sandbox.view.ItemView;

/** cancelMeeting for an event cancelled in the LMS, after its roster changed, and for a meeting already gone. */
class CancelEventTest extends EwsSandboxTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:add").to(ews("addAttendees"));
                from("direct:remove").to(ews("removeAttendees"));
                from("direct:cancel").to(ews("cancelMeeting"));
            }
        };
    }

    @Test
    void everyoneStillAttendingGetsOneCancellationWithTheText() {
        CreatedMeeting created = createdMeeting("C-1", ANNA, BEN);
        CreatedMeeting withCarla = template.requestBody("direct:add",
                new AttendeesToAdd(created, List.of(new Invitee(CARLA, null))), CreatedMeeting.class);
        CreatedMeeting withoutBen = template.requestBody("direct:remove",
                new AttendeesToRemove(withCarla, List.of(BEN)), CreatedMeeting.class);

        template.requestBodyAndHeader("direct:cancel", withoutBen, EwsConstants.CANCELLATION_TEXT,
                "Der Kurs fällt aus – Entschuldigung");

        assertThat(sandbox.meetings()).isEmpty();
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest", "Canceled");
        assertThat(mailOf(CARLA)).containsExactly("NewMeetingRequest", "Canceled");
        assertThat(mailOf(BEN)).as("removed before: cancelled then, not again").containsExactly("NewMeetingRequest", "Canceled");
        for (String learner : List.of(ANNA, CARLA)) {
            assertThat(sandbox.received(learner)).last().satisfies(cancellation -> {
                assertThat(cancellation.uid()).isEqualTo(created.uid());
                assertThat(cancellation.subject()).isEqualTo("Canceled: Event C-1");
                assertThat(cancellation.body()).isEqualTo("Der Kurs fällt aus – Entschuldigung");
            });
        }
    }

    @Test
    void aMeetingDeletedInOutlookFailsAsNotFoundAndNobodyIsMailed() throws Exception {
        CreatedMeeting created = createdMeeting("C-2", ANNA);
        new OrganizersOutlook(sandbox).delete(created);

        assertThatThrownBy(() -> template.requestBody("direct:cancel", created)).satisfies(failure ->
                assertThat(ewsFailure(failure)).isInstanceOfSatisfying(MeetingNotFoundException.class, e -> {
                    assertThat(e.getResponseCode()).isEqualTo("ErrorItemNotFound");
                    assertThat(e.getEventId()).isEqualTo("C-2");
                    assertThat(e.getUid()).isEqualTo(created.uid());
                }));
        assertThat(mailOf(ANNA)).containsExactly("NewMeetingRequest");
        assertThat(sandbox.meetings()).extracting(ItemView::uid).doesNotContain(created.uid());
    }
}
