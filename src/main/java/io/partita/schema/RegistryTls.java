package io.partita.schema;

import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.schema.RegistryException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for an https:// registry: a truststore (PKCS12, JKS or a PEM file of CA certificates) and, for
 * mutual TLS, a client keystore (PKCS12 or JKS). Like a missing password, a store that cannot be read does not fail
 * opening the cluster; it fails each registry call with a message naming the file ({@link #failIfBroken}).
 */
final class RegistryTls {

    private static final RegistryTls DEFAULT = new RegistryTls(null, null);

    private final SSLContext context;
    private final String problem;

    private RegistryTls(SSLContext context, String problem) {
        this.context = context;
        this.problem = problem;
    }

    static RegistryTls of(RegistryConfig config, Credentials credentials) {
        if (config.truststorePath() == null && config.keystorePath() == null) {
            return DEFAULT;
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManagerFactory trust = null;
            if (config.truststorePath() != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore(config, credentials));
            }
            KeyManagerFactory keys = null;
            if (config.keystorePath() != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                char[] password = credentials.get(SecretKind.REGISTRY_KEYSTORE_PASSWORD).orElse("").toCharArray();
                keys.init(load(config.keystorePath(), type(config.keystoreType()), password, "keystore"), password);
            }
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return new RegistryTls(context, null);
        } catch (StoreException e) {
            return new RegistryTls(null, e.getMessage());
        } catch (GeneralSecurityException e) {
            return new RegistryTls(null, "the registry TLS settings cannot be used: " + e.getMessage());
        }
    }

    /** Empty when the JVM's default TLS applies. */
    Optional<SSLContext> context() {
        return Optional.ofNullable(context);
    }

    void failIfBroken(String baseUrl) {
        if (problem != null) {
            throw new RegistryException(Kind.TLS, problem + " (registry at " + baseUrl + ")");
        }
    }

    private static KeyStore trustStore(RegistryConfig config, Credentials credentials)
            throws StoreException, GeneralSecurityException {
        String type = type(config.truststoreType());
        if (type.equals("PEM")) {
            return pemTrustStore(config.truststorePath());
        }
        char[] password = credentials.get(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD).map(String::toCharArray).orElse(null);
        return load(config.truststorePath(), type, password, "truststore");
    }

    private static KeyStore pemTrustStore(String path) throws StoreException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw unreadable("truststore", path, e);
        } catch (GeneralSecurityException e) {
            throw new StoreException("the registry truststore " + path + " is not a PEM file of certificates: "
                    + e.getMessage());
        }
        if (certificates.isEmpty()) {
            throw new StoreException("the registry truststore " + path + " holds no certificates");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new StoreException("cannot create an in-memory truststore: " + e.getMessage());
        }
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        return store;
    }

    private static KeyStore load(String path, String type, char[] password, String what)
            throws StoreException, GeneralSecurityException {
        if (type.equals("PEM")) {
            throw new StoreException("a PEM client keystore is not supported for the registry; use PKCS12 or JKS");
        }
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // KeyStore.load reports a wrong password and a wrong format both as IOException.
            throw unreadable(what, path, e);
        } catch (GeneralSecurityException e) {
            throw new StoreException("the registry " + what + " " + path + " cannot be read as " + type + ": "
                    + e.getMessage());
        }
    }

    private static StoreException unreadable(String what, String path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new StoreException("the registry " + what + " " + path + " does not exist");
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new StoreException("cannot read the registry " + what + " " + path + " (" + reason
                + ") — wrong password or wrong store type?");
    }

    private static String type(String configured) {
        return configured == null ? "PKCS12" : configured.strip().toUpperCase(Locale.ROOT);
    }

    /** A store problem already phrased for the user. */
    private static final class StoreException extends Exception {
        private static final long serialVersionUID = 1L;

        StoreException(String message) {
            super(message);
        }
    }
}
