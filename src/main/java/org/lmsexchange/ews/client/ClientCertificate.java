package org.lmsexchange.ews.client;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.lmsexchange.ews.EwsOption;

/**
 * The app's certificate credential (option oauth2Certificate): its private key and certificate chain, from a PKCS#12
 * file (.p12, .pfx) or a PEM file holding the certificate(s) and a PKCS#8 private key (plain or encrypted with
 * oauth2CertificatePassword). msal4j signs its client assertions with it.
 */
final class ClientCertificate {

    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN (ENCRYPTED PRIVATE KEY|PRIVATE KEY|RSA PRIVATE KEY)-----([^-]+)-----END \\1-----");

    private ClientCertificate() {
    }

    /** The credential, or empty after adding to {@code problems} why the file cannot be used. */
    static Optional<IClientCertificate> load(String file, String password, List<String> problems) {
        Path path = Path.of(file.trim());
        if (!Files.isReadable(path)) {
            problems.add(EwsOption.OAUTH2_CERTIFICATE + " names '" + path
                    + "', which does not exist or cannot be read");
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(path);
            boolean pem = new String(content, StandardCharsets.US_ASCII).contains("-----BEGIN ");
            return Optional.of(pem ? fromPem(content, password) : fromPkcs12(content, password));
        } catch (WrongPassword e) {
            problems.add(EwsOption.OAUTH2_CERTIFICATE_PASSWORD + " does not open the certificate '" + path + "'");
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            problems.add(EwsOption.OAUTH2_CERTIFICATE + " '" + path + "' is not a PKCS#12 or PEM file with a "
                    + "certificate and its private key: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static IClientCertificate fromPkcs12(byte[] content, String password)
            throws IOException, GeneralSecurityException {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new ByteArrayInputStream(content)) {
            store.load(in, secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new WrongPassword();
            }
            throw e;
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Key key = store.getKey(alias, secret);
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate certificate : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) certificate);
                }
                return ClientCredentialFactory.createFromCertificateChain((PrivateKey) key, chain);
            }
        }
        throw new IllegalArgumentException("it holds no private key");
    }

    private static IClientCertificate fromPem(byte[] content, String password)
            throws IOException, GeneralSecurityException {
        String text = new String(content, StandardCharsets.US_ASCII);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(certificatesOnly(text)))) {
            chain.add((X509Certificate) certificate);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("it holds no CERTIFICATE block");
        }
        Matcher key = PEM_KEY.matcher(text);
        if (!key.find()) {
            throw new IllegalArgumentException("it holds no PRIVATE KEY block");
        }
        if (key.group(1).equals("RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("its key is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -in key.pem -out key8.pem', or use a PKCS#12 file");
        }
        byte[] der = Base64.getMimeDecoder().decode(key.group(2));
        PKCS8EncodedKeySpec spec = key.group(1).equals("PRIVATE KEY") ? new PKCS8EncodedKeySpec(der) : decrypt(der, password);
        PrivateKey privateKey = KeyFactory.getInstance(chain.get(0).getPublicKey().getAlgorithm()).generatePrivate(spec);
        return ClientCredentialFactory.createFromCertificateChain(privateKey, chain);
    }

    /** The CERTIFICATE blocks alone: the certificate factory stops at anything else. */
    private static byte[] certificatesOnly(String pem) {
        StringBuilder certificates = new StringBuilder();
        Matcher block = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----").matcher(pem);
        while (block.find()) {
            certificates.append(block.group()).append('\n');
        }
        return certificates.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static PKCS8EncodedKeySpec decrypt(byte[] der, String password) throws IOException, GeneralSecurityException {
        if (!Text.isSet(password)) {
            throw new WrongPassword();
        }
        EncryptedPrivateKeyInfo encrypted;
        try {
            encrypted = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw new IllegalArgumentException("its private key is encrypted in a way Java cannot read (" + e.getMessage()
                    + "); re-encrypt it with 'openssl pkcs8 -topk8 -v2 aes-256-cbc', or use a PKCS#12 file");
        }
        // PBES2 keys (OpenSSL's default) name their cipher in the parameters, older PBE keys in the algorithm
        String algorithm = encrypted.getAlgParameters() != null ? encrypted.getAlgParameters().toString() : encrypted.getAlgName();
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec(password.toCharArray())), encrypted.getAlgParameters());
        try {
            return encrypted.getKeySpec(cipher);
        } catch (GeneralSecurityException e) {
            throw new WrongPassword();
        }
    }

    /** The password does not open the file. */
    private static final class WrongPassword extends GeneralSecurityException {
    }
}
