package org.lmsexchange.ews.client;

import com.ibm.icu.util.TimeZone;
import microsoft.exchange.webservices.data.core.exception.service.local.ServiceLocalException;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;

/**
 * A meeting's time zone as EWS names it (a Windows id such as "FLE Standard Time"), resolved from an IANA zone
 * with ICU4J's CLDR tables. ews-java-api's own OlsonTimeZoneDefinition has no entry for 29 of the JDK's zones
 * (Europe/Kyiv, America/Nuuk, Asia/Yangon, ...); CLDR knows them all.
 */
final class WindowsTimeZone extends TimeZoneDefinition {

    private WindowsTimeZone(String windowsId, String displayName) {
        setId(windowsId);
        setName(displayName);
    }

    /**
     * Exchange resolves a zone from its Id alone, so no periods and transitions are sent (as with the library's
     * own OlsonTimeZoneDefinition); only the Id must be there.
     */
    @Override
    public void validate() throws ServiceLocalException {
        if (getId() == null) {
            throw new ServiceLocalException("a Windows time zone needs an id");
        }
    }

    /** The Windows zone of an IANA zone id; IllegalArgumentException naming the zone when there is none. */
    static WindowsTimeZone of(String ianaZone) {
        String windowsId = ianaZone == null ? null : TimeZone.getWindowsID(ianaZone);
        if (windowsId == null) {
            throw new IllegalArgumentException("time zone '" + ianaZone + "' is not an IANA zone with a Windows equivalent");
        }
        return new WindowsTimeZone(windowsId, java.util.TimeZone.getTimeZone(ianaZone).getDisplayName(false, java.util.TimeZone.LONG));
    }
}
