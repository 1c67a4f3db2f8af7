package org.lmsexchange.sandbox.ops;

import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.soap.XmlWriter;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.w3c.dom.Element;

/** Reads and writes t:ExtendedFieldURI, the name of an extended (MAPI) property on the wire. */
public final class ExtendedFieldUri {

    public static final String ELEMENT = "ExtendedFieldURI";

    private ExtendedFieldUri() {
    }

    public static ExtendedPropertyKey parse(Element element) {
        String type = Dom.attribute(element, "PropertyType").orElseThrow(() -> EwsException.schemaValidation(
                "t:ExtendedFieldURI needs the attribute PropertyType"));
        return new ExtendedPropertyKey(
                Dom.attribute(element, "PropertyTag").orElse(null),
                Dom.attribute(element, "PropertySetId").orElse(null),
                Dom.attribute(element, "DistinguishedPropertySetId").orElse(null),
                Dom.attribute(element, "PropertyName").orElse(null),
                Dom.attribute(element, "PropertyId").orElse(null),
                type);
    }

    /** Writes the key with its attributes in the order the client itself writes them. */
    public static void write(XmlWriter xml, ExtendedPropertyKey key) {
        xml.empty("t:" + ELEMENT,
                "DistinguishedPropertySetId", key.distinguishedPropertySetId(),
                "PropertySetId", key.propertySetId(),
                "PropertyTag", key.propertyTag(),
                "PropertyName", key.propertyName(),
                "PropertyId", key.propertyId(),
                "PropertyType", key.propertyType());
    }
}
