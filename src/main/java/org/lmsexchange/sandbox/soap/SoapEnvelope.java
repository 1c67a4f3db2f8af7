package org.lmsexchange.sandbox.soap;

import java.util.function.Consumer;

/**
 * Writes whole SOAP responses: a success envelope around an operation's body, or a SOAP fault. Every envelope
 * has a Header with ServerVersionInfo, because the 2.0 client refuses a 200 response without one.
 */
public final class SoapEnvelope {

    private SoapEnvelope() {
    }

    public static String success(Consumer<XmlWriter> body) {
        XmlWriter xml = open();
        xml.start("s:Body");
        body.accept(xml);
        return close(xml);
    }

    /**
     * A SOAP fault as Exchange sends it with HTTP 500: the response code in the detail (which the client turns
     * into the exception's error code) and optional name/value pairs in MessageXml (e.g. BackOffMilliseconds).
     */
    public static String fault(EwsException error, String... messageXmlValues) {
        XmlWriter xml = open();
        xml.start("s:Body").start("s:Fault")
                .element("faultcode", faultCode(error.responseCode()))
                .element("faultstring", error.getMessage())
                .start("detail")
                .element("e:ResponseCode", error.responseCode())
                .element("e:Message", error.getMessage());
        if (messageXmlValues.length > 0) {
            xml.start("t:MessageXml");
            values(xml, messageXmlValues);
            xml.end();
        }
        xml.end().end();
        return close(xml);
    }

    /** The name/value pairs of a MessageXml element as {@code t:Value Name="..."} elements. */
    public static void values(XmlWriter xml, String... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            xml.start("t:Value", "Name", namesAndValues[i]).text(namesAndValues[i + 1]).end();
        }
    }

    private static XmlWriter open() {
        XmlWriter xml = new XmlWriter();
        xml.start("s:Envelope",
                "xmlns:s", EwsNamespaces.SOAP,
                "xmlns:m", EwsNamespaces.MESSAGES,
                "xmlns:t", EwsNamespaces.TYPES,
                "xmlns:e", EwsNamespaces.ERRORS);
        xml.start("s:Header")
                .empty("h:ServerVersionInfo",
                        "xmlns:h", EwsNamespaces.TYPES,
                        "MajorVersion", "15", "MinorVersion", "1",
                        "MajorBuildNumber", "2507", "MinorBuildNumber", "6",
                        "Version", "V2017_07_11")
                .end();
        return xml;
    }

    private static String close(XmlWriter xml) {
        xml.end().end();
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml;
    }

    private static String faultCode(String responseCode) {
        return "ErrorSchemaValidation".equals(responseCode) ? "s:Client" : "s:Server";
    }
}
