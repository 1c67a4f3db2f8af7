package org.lmsexchange.ews.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.ssl.SSLContexts;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;

/**
 * The TLS context that both the EWS calls and the token requests verify servers with: the JDK's trust store, or the
 * configured one (option trustStore: PKCS12, JKS, or PEM certificates). Host names are checked by the callers.
 */
final class TrustStores {

    private TrustStores() {
    }

    /** The context, or empty after adding to {@code problems} why the configured trust store cannot be used. */
    static Optional<SSLContext> load(EwsConfiguration configuration, List<String> problems) {
        if (!Text.isSet(configuration.getTrustStore())) {
            return Optional.of(SSLContexts.createSystemDefault());
        }
        Path path = Path.of(configuration.getTrustStore().trim());
        String type = Text.isSet(configuration.getTrustStoreType())
                ? configuration.getTrustStoreType().trim().toUpperCase(Locale.ROOT) : "PKCS12";
        if (!List.of("PKCS12", "JKS", "PEM").contains(type)) {
            problems.add(EwsOption.TRUST_STORE_TYPE + " is '" + configuration.getTrustStoreType()
                    + "': use PKCS12, JKS or PEM");
            return Optional.empty();
        }
        if (!Files.isReadable(path)) {
            problems.add(EwsOption.TRUST_STORE + " names '" + path + "', which does not exist or cannot be read");
            return Optional.empty();
        }
        try {
            KeyStore trusted = type.equals("PEM") ? pemCertificates(path) : keyStore(path, type, configuration);
            if (trusted.size() == 0) {
                problems.add(EwsOption.TRUST_STORE + " '" + path + "' holds no certificate");
                return Optional.empty();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return Optional.of(context);
        } catch (IOException | GeneralSecurityException e) {
            problems.add(describe(e, path, type));
            return Optional.empty();
        }
    }

    private static KeyStore keyStore(Path path, String type, EwsConfiguration configuration)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        String password = configuration.getTrustStorePassword();
        try (InputStream in = Files.newInputStream(path)) {
            // no password: load without checking the store's integrity, as keytool -list does
            store.load(in, Text.isSet(password) ? password.toCharArray() : null);
        }
        return store;
    }

    private static KeyStore pemCertificates(Path path) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(path)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int n = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("pem-" + n++, certificate);
        }
        return store;
    }

    /** Why the store did not open, naming the setting to change; never the password. */
    private static String describe(Exception e, Path path, String type) {
        if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
            return EwsOption.TRUST_STORE_PASSWORD + " does not open the trust store '" + path + "'";
        }
        return EwsOption.TRUST_STORE + " '" + path + "' cannot be read as " + type + " (" + e.getMessage()
                + "); check the file and " + EwsOption.TRUST_STORE_TYPE;
    }
}
