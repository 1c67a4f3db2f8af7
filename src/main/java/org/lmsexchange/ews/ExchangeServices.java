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
        service.setUrl(URI.create(configuration.getUrl()));
        service.setTimeout(configuration.getTimeout());
        if (configuration.getUsername() != null) {
            service.setCredentials(configuration.getDomain() == null
                    ? new WebCredentials(configuration.getUsername(), configuration.getPassword())
                    : new WebCredentials(configuration.getUsername(), configuration.getPassword(), configuration.getDomain()));
        }
        return service;
    }
}
