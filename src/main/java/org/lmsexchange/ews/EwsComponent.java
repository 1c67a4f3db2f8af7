package org.lmsexchange.ews;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.TokenSources;

/** The {@code ews:} component: meetings and meeting responses in an Exchange mailbox, over EWS. */
@Component("ews")
public class EwsComponent extends DefaultComponent {

    @Metadata
    private EwsConfiguration configuration = new EwsConfiguration();
    /** One OAuth2 token source (and token cache) per distinct set of oauth2 settings, shared by the endpoints. */
    private final TokenSources tokenSources = new TokenSources();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        EwsConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setMailbox(remaining);
        EwsEndpoint endpoint = new EwsEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The endpoint's ExchangeServices, sharing the token source of endpoints with the same oauth2 settings. */
    ExchangeServices exchangeServices(EwsConfiguration endpointConfiguration) {
        return tokenSources.exchangeServices(endpointConfiguration);
    }

    @Override
    protected void doStop() throws Exception {
        tokenSources.clear(); // a restarted context may come with other settings
        super.doStop();
    }

    /** Settings shared by every ews endpoint (URL, credentials, ...); each endpoint may override them. */
    public EwsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(EwsConfiguration configuration) {
        this.configuration = configuration;
    }
}
