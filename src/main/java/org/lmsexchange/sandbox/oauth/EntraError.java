package org.lmsexchange.sandbox.oauth;

/**
 * A refused token request, answered in Entra ID's shape ({@code error}, {@code error_description} starting with
 * the AADSTS code, {@code error_codes}, trace and correlation ids), so that msal4j reports it as it would Entra's.
 */
record EntraError(int status, String error, int code, String description) {

    static EntraError tenantNotFound(String tenant) {
        return new EntraError(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found. Check to make sure you "
                + "have the correct tenant ID and are signing into the correct cloud.");
    }

    static EntraError unsupportedGrant(String grant) {
        return new EntraError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '"
                + grant + "'. The sandbox supports client_credentials only.");
    }

    static EntraError missing(String parameter) {
        return new EntraError(400, "invalid_request", 900144, "The request body must contain the following parameter: '"
                + parameter + "'.");
    }

    static EntraError unknownApp(String clientId, String tenant) {
        return new EntraError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                + "' was not found in the directory '" + tenant + "'. This can happen if the application has not been "
                + "installed by the administrator of the tenant or consented to by any user in the tenant.");
    }

    static EntraError invalidScope(String scope) {
        return new EntraError(400, "invalid_scope", 1002012, "The provided value for scope " + scope + " is not valid. "
                + "Client credential flows must have a scope value with /.default suffixed to the resource identifier "
                + "(application ID URI).");
    }

    static EntraError unknownResource(String resource, String tenant) {
        return new EntraError(400, "invalid_resource", 500011, "The resource principal named " + resource
                + " was not found in the tenant named " + tenant + ".");
    }

    static EntraError noCredential() {
        return new EntraError(401, "invalid_client", 7000218, "The request body must contain the following parameter: "
                + "'client_assertion' or 'client_secret'.");
    }

    static EntraError invalidSecret(String clientId) {
        return new EntraError(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being "
                + "sent in the request is the client secret value, not the client secret ID, for a secret added to app '"
                + clientId + "'.");
    }

    static EntraError expiredSecret(String clientId) {
        return new EntraError(401, "invalid_client", 7000222, "The provided client secret keys for app '" + clientId
                + "' are expired. Visit the Azure portal to create new keys for your app.");
    }

    static EntraError malformedAssertion(String why) {
        return new EntraError(401, "invalid_client", 50027, "JWT token is invalid or malformed: " + why + ".");
    }

    static EntraError unregisteredCertificate(String clientId) {
        return new EntraError(401, "invalid_client", 700027, "The certificate with identifier used to sign the client "
                + "assertion is not registered on application. [Reason - The key was not found., Please visit the Azure "
                + "Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '" + clientId + "'.]");
    }

    static EntraError invalidSignature() {
        return new EntraError(401, "invalid_client", 700027, "Client assertion contains an invalid signature.");
    }

    static EntraError assertionOutOfTime() {
        return new EntraError(401, "invalid_client", 700024, "Client assertion is not within its valid time range.");
    }

    static EntraError assertionForAnotherApp() {
        return new EntraError(401, "invalid_client", 700021, "Client assertion application identifier doesn't match "
                + "'client_id' parameter.");
    }
}
