package org.lmsexchange.ews;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate with its private key, made with the JDK's own keytool (Java has no API to make one):
 * as a server's TLS context (what an Exchange or a token authority with a home-made certificate looks like to the
 * connector), as the trust stores a user would configure for it, and as an app's client certificate (PKCS#12 or
 * PEM) for OAuth2.
 */
public final class SelfSignedCertificate {

    public static final String PASSWORD = "changeit";

    private final Path directory;
    private final String name;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private SelfSignedCertificate(Path directory, String name, PrivateKey privateKey, X509Certificate certificate) {
        this.directory = directory;
        this.name = name;
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** A server certificate for 127.0.0.1 and localhost. */
    public static SelfSignedCertificate forLoopback(Path directory) throws Exception {
        return create(directory, "sandbox", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost");
    }

    /** A certificate for another host only: right for nothing on this machine. */
    public static SelfSignedCertificate forOtherHost(Path directory) throws Exception {
        return create(directory, "elsewhere", "CN=mail.elsewhere.example", "SAN=dns:mail.elsewhere.example");
    }

    /** An app's client certificate, for a client assertion. */
    public static SelfSignedCertificate forApp(Path directory, String name) throws Exception {
        return create(directory, name, "CN=" + name, "KU=digitalSignature");
    }

    /** The server side of a sandbox that presents a self-signed certificate for 127.0.0.1. */
    static SSLContext serverContext(Path directory) throws Exception {
        return forLoopback(directory).serverContext();
    }

    private static SelfSignedCertificate create(Path directory, String name, String dname, String extension)
            throws Exception {
        Path keyStore = directory.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", dname, "-ext", extension, "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = load(keyStore);
        return new SelfSignedCertificate(directory, name, (PrivateKey) store.getKey(name, PASSWORD.toCharArray()),
                (X509Certificate) store.getCertificate(name));
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PKCS#12 file holding the private key and the certificate, password {@value #PASSWORD}. */
    public Path keyStore() {
        return directory.resolve(name + ".p12");
    }

    public SSLContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore()), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A trust store holding only the certificate: PKCS12 or JKS with password {@value #PASSWORD}, or PEM. */
    public Path trustStore(String type) throws Exception {
        Path file = directory.resolve(name + "-trust." + type.toLowerCase());
        if (type.equals("PEM")) {
            Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()));
            return file;
        }
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        store.setCertificateEntry(name, certificate);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /** A PEM file with the certificate and its PKCS#8 private key, encrypted with {@code password} unless null. */
    public Path pemWithKey(String password) throws Exception {
        Path file = directory.resolve(name + (password == null ? "-plain" : "-encrypted") + ".pem");
        String key = password == null ? pem("PRIVATE KEY", privateKey.getEncoded())
                : pem("ENCRYPTED PRIVATE KEY", encrypted(privateKey.getEncoded(), password));
        Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()) + key);
        return file;
    }

    /** PBES2 with AES-256 and HMAC-SHA256, what OpenSSL writes by default. */
    private static byte[] encrypted(byte[] pkcs8, String password) throws Exception {
        String algorithm = "PBEWithHmacSHA256AndAES_256";
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE,
                SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password.toCharArray())),
                new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
        byte[] encrypted = cipher.doFinal(pkcs8);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2");
        parameters.init(cipher.getParameters().getEncoded());
        return new EncryptedPrivateKeyInfo(parameters, encrypted).getEncoded();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
