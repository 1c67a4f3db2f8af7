package org.lmsexchange.sandbox.soap;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed EWS request: the operation element inside soap:Body and the mailbox named by t:ExchangeImpersonation.
 */
public record SoapRequest(String operationName, Element operation, Optional<String> impersonatedMailbox) {

    public static SoapRequest parse(byte[] body) {
        Document document = SecureXml.parse(body);
        Element envelope = document.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !EwsNamespaces.SOAP.equals(envelope.getNamespaceURI())) {
            throw EwsException.schemaValidation("the root element must be a SOAP 1.1 Envelope");
        }
        Element body1 = Dom.requiredChild(envelope, "Body");
        Element operation = Dom.children(body1).stream().findFirst()
                .orElseThrow(() -> EwsException.schemaValidation("the SOAP Body holds no operation"));
        Optional<String> impersonated = Dom.child(envelope, "Header")
                .flatMap(h -> Dom.child(h, "ExchangeImpersonation"))
                .flatMap(i -> Dom.child(i, "ConnectingSID"))
                .flatMap(sid -> Dom.childText(sid, "SmtpAddress").or(() -> Dom.childText(sid, "PrimarySmtpAddress")));
        return new SoapRequest(operation.getLocalName(), operation, impersonated);
    }
}
