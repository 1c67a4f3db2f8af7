package org.lmsexchange.sandbox.soap;

/** The XML namespaces of EWS. */
public final class EwsNamespaces {

    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";
    public static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";
    public static final String ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors";

    private EwsNamespaces() {
    }
}
