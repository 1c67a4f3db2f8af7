package org.lmsexchange.sandbox.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lmsexchange.sandbox.soap.Dom;
import org.lmsexchange.sandbox.soap.EwsException;
import org.lmsexchange.sandbox.store.ExtendedPropertyKey;
import org.w3c.dom.Element;

/**
 * What the client asked to see of each item or folder: m:ItemShape / m:FolderShape, i.e. a t:BaseShape plus
 * t:AdditionalProperties (t:FieldURI and t:ExtendedFieldURI). Field URIs the sandbox does not keep (item:Size, ...)
 * are accepted and simply not answered, as the client asks for some of them on its own.
 */
public record ResponseShape(BaseShape base, Set<String> fieldUris, List<ExtendedPropertyKey> extendedProperties) {

    public enum BaseShape { IdOnly, Default, AllProperties }

    public static ResponseShape idOnly() {
        return new ResponseShape(BaseShape.IdOnly, Set.of(), List.of());
    }

    public static ResponseShape parse(Element shape) {
        String baseText = Dom.childText(shape, "BaseShape").orElseThrow(() -> EwsException.schemaValidation(
                shape.getLocalName() + " needs a t:BaseShape"));
        BaseShape base;
        try {
            base = BaseShape.valueOf(baseText);
        } catch (IllegalArgumentException e) {
            throw EwsException.schemaValidation("t:BaseShape must be IdOnly, Default or AllProperties, not " + baseText);
        }
        Set<String> fieldUris = new LinkedHashSet<>();
        List<ExtendedPropertyKey> extended = new ArrayList<>();
        Dom.child(shape, "AdditionalProperties").ifPresent(additional -> {
            for (Element path : Dom.children(additional)) {
                switch (path.getLocalName()) {
                    case "FieldURI" -> fieldUris.add(Dom.requiredAttribute(path, "FieldURI"));
                    case ExtendedFieldUri.ELEMENT -> extended.add(ExtendedFieldUri.parse(path));
                    default -> { } // t:IndexedFieldURI (single addresses, phone numbers): not kept by the sandbox
                }
            }
        });
        return new ResponseShape(base, fieldUris, extended);
    }

    /**
     * Whether a property is wanted: named in AdditionalProperties, or part of the base shape. {@code inDefault}
     * says whether the property belongs to the Default shape; AllProperties has every property, IdOnly none
     * but the id (which the renderers always write).
     */
    public boolean wants(String fieldUri, boolean inDefault) {
        return fieldUris.contains(fieldUri)
                || base == BaseShape.AllProperties
                || base == BaseShape.Default && inDefault;
    }
}
