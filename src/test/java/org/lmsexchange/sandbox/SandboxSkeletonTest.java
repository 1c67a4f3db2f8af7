package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.junit.jupiter.api.Test;

class SandboxSkeletonTest {

    @Test
    void unsupportedOperationIsASoapErrorTheClientUnderstands() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start();
             ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            service.setUrl(sandbox.ewsUrl());
            service.setCredentials(new WebCredentials("svc@example.com", "sandbox"));

            assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Inbox))
                    .isInstanceOf(ServiceRequestException.class)
                    .hasMessageContaining("GetFolder")
                    .cause().isInstanceOfSatisfying(ServiceResponseException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(ServiceError.ErrorInvalidOperation));
        }
    }
}
