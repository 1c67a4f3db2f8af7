package org.lmsexchange.sandbox.soap;

/**
 * An EWS error with its response code (ErrorItemNotFound, ErrorSchemaValidation, ...). Thrown for one item, it
 * becomes that item's error response message; thrown for the whole request, a SOAP fault.
 */
public class EwsException extends RuntimeException {

    private final String responseCode;

    public EwsException(String responseCode, String message) {
        super(message);
        this.responseCode = responseCode;
    }

    public String responseCode() {
        return responseCode;
    }

    public static EwsException schemaValidation(String message) {
        return new EwsException("ErrorSchemaValidation", "The request failed schema validation: " + message);
    }

    public static EwsException itemNotFound(String itemId) {
        return new EwsException("ErrorItemNotFound", "The specified object was not found in the store. Item id: " + itemId);
    }

    public static EwsException invalidOperation(String message) {
        return new EwsException("ErrorInvalidOperation", message);
    }
}
