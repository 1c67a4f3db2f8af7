package org.lmsexchange.ews.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lmsexchange.ews.EwsConfiguration;

/**
 * The OAuth2 token sources of one component's endpoints: one source (and token cache) per distinct set of oauth2
 * settings, so that endpoints with the same settings share their tokens. Thread-safe.
 */
public final class TokenSources {

    private final Map<ExchangeServices.TokenSettings, AppTokens> sources = new ConcurrentHashMap<>();

    /** The endpoint's ExchangeServices, sharing the token source of endpoints with the same oauth2 settings. */
    public ExchangeServices exchangeServices(EwsConfiguration configuration) {
        return ExchangeServices.create(configuration,
                settings -> sources.computeIfAbsent(settings, ExchangeServices::newTokens));
    }

    /** Forgets every source, e.g. when the component stops: a restarted context may come with other settings. */
    public void clear() {
        sources.clear();
    }
}
