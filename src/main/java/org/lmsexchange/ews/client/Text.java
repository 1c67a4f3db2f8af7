package org.lmsexchange.ews.client;

/** Settings left empty in application.properties arrive as "", which means "not set". */
final class Text {

    private Text() {
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
