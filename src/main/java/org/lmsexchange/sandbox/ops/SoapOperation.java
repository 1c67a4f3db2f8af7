package org.lmsexchange.sandbox.ops;

import org.lmsexchange.sandbox.soap.XmlWriter;
import org.w3c.dom.Element;

/**
 * One EWS operation (CreateItem, FindItem, ...). It runs inside one store transaction, reads its request element
 * and writes the {@code m:<Name>Response} element. Per-item errors go into that response; an EwsException that
 * escapes fails the whole request as a SOAP fault.
 */
public interface SoapOperation {

    /** The request element's local name, e.g. "CreateItem". */
    String name();

    void execute(OperationContext context, Element request, XmlWriter response);
}
