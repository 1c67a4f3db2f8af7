package org.lmsexchange.sandbox.store;

import java.util.Locale;
import java.util.Objects;

/**
 * Identifies an extended (MAPI) property the way t:ExtendedFieldURI does: by a property tag, or by a property
 * set (a GUID or a distinguished set name) plus a name or a numeric id. The type is part of the definition but
 * not of the identity.
 */
public record ExtendedPropertyKey(String propertyTag,
                                  String propertySetId,
                                  String distinguishedPropertySetId,
                                  String propertyName,
                                  String propertyId,
                                  String propertyType) {

    /** Two keys name the same property when everything but the type matches (GUIDs and tags case-insensitively). */
    public boolean sameProperty(ExtendedPropertyKey other) {
        return eqIgnoreCase(propertyTag, other.propertyTag)
                && eqIgnoreCase(propertySetId, other.propertySetId)
                && eqIgnoreCase(distinguishedPropertySetId, other.distinguishedPropertySetId)
                && Objects.equals(propertyName, other.propertyName)
                && Objects.equals(propertyId, other.propertyId);
    }

    private static boolean eqIgnoreCase(String a, String b) {
        return a == null ? b == null : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
