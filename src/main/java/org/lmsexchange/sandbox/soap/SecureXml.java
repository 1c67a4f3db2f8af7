package org.lmsexchange.sandbox.soap;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses request bodies with every XML feature an attacker could use switched off: no DOCTYPE (so no entities,
 * internal or external, and no billion laughs), no XInclude, no external schema or DTD access.
 */
public final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private SecureXml() {
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw EwsException.schemaValidation("the request is not well-formed XML or uses a forbidden feature ("
                    + e.getMessage() + ")");
        } catch (Exception e) {
            throw EwsException.schemaValidation("the request could not be read (" + e.getMessage() + ")");
        }
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support secure processing", e);
        }
    }
}
