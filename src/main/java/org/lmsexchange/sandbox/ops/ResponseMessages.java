package org.lmsexchange.sandbox.ops;

import java.util.function.Consumer;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.SoapEnvelope;
import org.lmsexchange.sandbox.soap.XmlWriter;

/**
 * Writes {@code m:<Op>Response/m:ResponseMessages/m:<Op>ResponseMessage} elements. Error messages keep the order
 * MessageText, ResponseCode, DescriptiveLinkKey, the only order the 2.0 client parses.
 */
public final class ResponseMessages {

    private final XmlWriter xml;
    private final String operation;

    private ResponseMessages(XmlWriter xml, String operation) {
        this.xml = xml;
        this.operation = operation;
    }

    /** Writes the whole response: {@code messages} adds one response message per item. */
    public static void write(XmlWriter xml, String operation, Consumer<ResponseMessages> messages) {
        xml.start("m:" + operation + "Response").start("m:ResponseMessages");
        messages.accept(new ResponseMessages(xml, operation));
        xml.end().end();
    }

    public void success(Consumer<XmlWriter> content) {
        xml.start("m:" + operation + "ResponseMessage", "ResponseClass", "Success")
                .element("m:ResponseCode", "NoError");
        content.accept(xml);
        xml.end();
    }

    public void success() {
        success(x -> { });
    }

    /**
     * An error message; optional name/value pairs go into m:MessageXml as t:Value elements, where the client
     * reads them into the response's error details (e.g. BackOffMilliseconds of ErrorServerBusy).
     */
    public void error(EwsException error, String... messageXmlValues) {
        xml.start("m:" + operation + "ResponseMessage", "ResponseClass", "Error")
                .element("m:MessageText", error.getMessage())
                .element("m:ResponseCode", error.responseCode())
                .element("m:DescriptiveLinkKey", "0");
        if (messageXmlValues.length > 0) {
            xml.start("m:MessageXml");
            SoapEnvelope.values(xml, messageXmlValues);
            xml.end();
        }
        xml.end();
    }

    /**
     * Runs one item's work and writes its message: success with the content it returns, or the error it throws.
     * The work must not write anything itself, so that a failure never leaves half an element behind.
     */
    public void item(java.util.function.Supplier<Consumer<XmlWriter>> work) {
        Consumer<XmlWriter> content;
        try {
            content = work.get();
        } catch (EwsException e) {
            error(e);
            return;
        }
        success(content);
    }
}
