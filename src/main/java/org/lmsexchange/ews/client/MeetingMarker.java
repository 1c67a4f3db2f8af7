package org.lmsexchange.ews.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;

/**
 * The extended property that marks each meeting with the event id it was created for (options markerPropertySet
 * and markerPropertyName): how the meetings of an event are found again, e.g. after a crash between creating one
 * and recording it. A named property in a property set of its own, so that it collides with no other application's.
 */
final class MeetingMarker {

    private MeetingMarker() {
    }

    /** The property, or empty with the reason added to {@code problems}. */
    static Optional<ExtendedPropertyDefinition> of(EwsConfiguration configuration, List<String> problems) {
        UUID propertySet;
        try {
            propertySet = UUID.fromString(String.valueOf(configuration.getMarkerPropertySet()).trim());
        } catch (IllegalArgumentException e) {
            problems.add(EwsOption.MARKER_PROPERTY_SET + " is '" + configuration.getMarkerPropertySet()
                    + "': it must be a GUID, e.g. " + EwsConfiguration.DEFAULT_MARKER_PROPERTY_SET);
            return Optional.empty();
        }
        if (!Text.isSet(configuration.getMarkerPropertyName())) {
            problems.add(EwsOption.MARKER_PROPERTY_NAME + " is empty: it names the property that marks each meeting");
            return Optional.empty();
        }
        try {
            return Optional.of(new ExtendedPropertyDefinition(propertySet, configuration.getMarkerPropertyName().trim(),
                    MapiPropertyType.String));
        } catch (Exception e) {
            problems.add(EwsOption.MARKER_PROPERTY_NAME + " '" + configuration.getMarkerPropertyName()
                    + "' cannot name an extended property: " + e.getMessage());
            return Optional.empty();
        }
    }
}
