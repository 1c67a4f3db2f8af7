package org.lmsexchange.ews;

import java.net.URI;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.credential.WebCredentials;

/**
 * Makes a configured ExchangeService. The client is not thread-safe, so every operation gets its own instance
 * and closes it.
 */
final class ExchangeServices {

    private ExchangeServices() {
    }

    static ExchangeService open(EwsConfiguration configuration) {
        ExchangeService service = new VerifyingExchangeService();
        service.setUrl(URI.create(configuration.getUrl().trim()));
        service.setTimeout(configuration.getTimeout());
        // settings left empty in application.properties arrive as "", which means "not set"
        if (isSet(configuration.getUsername())) {
            service.setCredentials(isSet(configuration.getDomain())
                    ? new WebCredentials(configuration.getUsername(), configuration.getPassword(), configuration.getDomain())
                    : new WebCredentials(configuration.getUsername(), configuration.getPassword()));
        }
        return service;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
