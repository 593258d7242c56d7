package io.partita.profile;

import io.partita.model.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the OS keyring: one entry per profile holding its secrets as JSON. Entries are keyed by the config dir
 * too, so two config dirs (PARTITA_CONFIG_DIR) never share passwords. When the keyring cannot be reached a load
 * answers "no secrets" (the profile stays, its passwords are asked again) and a save fails with the keyring's reason.
 * Calls block on a helper process for up to a few seconds: never on the UI thread.
 */
public final class KeyringSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);
    private final Keyring keyring;
    private final String dirKey;

    KeyringSecretStore(Keyring keyring, Path configDir) {
        this.keyring = keyring;
        this.dirKey = shortHash(configDir.toAbsolutePath().normalize().toString());
    }

    @Override
    public Credentials load(String profileName) {
        try {
            Optional<String> json = keyring.read(account(profileName));
            return json.map(SecretsJson::readOne).orElse(Credentials.none());
        } catch (Keyring.KeyringException | IllegalStateException e) {
            LOG.warn("secrets of profile '{}' not available: {}", profileName, e.getMessage());
            return Credentials.none();
        }
    }

    @Override
    public void save(String profileName, Credentials credentials) {
        try {
            if (credentials.isEmpty()) {
                keyring.delete(account(profileName));
            } else {
                keyring.write(account(profileName), "Partita: " + profileName, SecretsJson.writeOne(credentials));
            }
        } catch (Keyring.KeyringException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    @Override
    public void remove(String profileName) {
        try {
            keyring.delete(account(profileName));
        } catch (Keyring.KeyringException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return keyring.name();
    }

    /** Characters every keyring tool takes unquoted; the profile name stays recoverable. */
    String account(String profileName) {
        return "partita:" + dirKey + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(profileName.getBytes(StandardCharsets.UTF_8));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
