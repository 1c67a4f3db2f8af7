package org.lmsexchange.ews;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.sandbox.EwsSandbox;

/**
 * The organizer working on the connector's meetings by hand, as in Outlook: another EWS client on the same
 * mailbox (the real ews-java-api), so each edit gives the meeting a new ChangeKey behind the connector's back.
 */
public final class OrganizersOutlook {

    private final EwsSandbox sandbox;

    public OrganizersOutlook(EwsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Adds someone (a co-trainer) as optional attendee; only they are told. */
    public void addOptionalAttendee(CreatedMeeting meeting, String address) throws Exception {
        try (ExchangeService outlook = client()) {
            Appointment appointment = Appointment.bind(outlook, new ItemId(meeting.itemId()),
                    new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.OptionalAttendees));
            appointment.getOptionalAttendees().add(address);
            appointment.update(ConflictResolutionMode.AlwaysOverwrite,
                    SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy);
        }
    }

    /** Changes the location without telling anyone. */
    public void moveTo(CreatedMeeting meeting, String location) throws Exception {
        try (ExchangeService outlook = client()) {
            Appointment appointment = Appointment.bind(outlook, new ItemId(meeting.itemId()),
                    new PropertySet(BasePropertySet.IdOnly));
            appointment.setLocation(location);
            appointment.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
        }
    }

    /** Deletes the meeting for good (deleted, then Deleted Items emptied), telling nobody. */
    public void delete(CreatedMeeting meeting) throws Exception {
        try (ExchangeService outlook = client()) {
            Appointment.bind(outlook, new ItemId(meeting.itemId()), new PropertySet(BasePropertySet.IdOnly))
                    .delete(DeleteMode.HardDelete, SendCancellationsMode.SendToNone);
        }
    }

    private ExchangeService client() throws Exception {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(sandbox.ewsUrl());
        service.setCredentials(new WebCredentials(EwsSandboxTestSupport.ORGANIZER, EwsSandboxTestSupport.PASSWORD));
        return service;
    }
}
