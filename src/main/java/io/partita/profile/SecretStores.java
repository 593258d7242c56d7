package io.partita.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where secrets live. {@code PARTITA_SECRET_STORE} = {@code keyring}, {@code file} or {@code memory} forces
 * one; otherwise the OS keyring when it answers (macOS keychain, Linux Secret Service through secret-tool), else
 * the encrypted file. Windows Credential Manager is not supported yet: Windows uses the encrypted file.
 * Probing the Secret Service starts a helper process (up to 3 s): call this off the UI thread.
 */
public final class SecretStores {

    public static final String ENV_STORE = "PARTITA_SECRET_STORE";
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);

    private SecretStores() {
    }

    public static SecretStore forThisUser(Path configDir) {
        return choose(configDir, System.getenv(), System.getProperty("os.name", ""));
    }

    static SecretStore choose(Path configDir, Map<String, String> env, String osName) {
        String forced = env.getOrDefault(ENV_STORE, "").strip().toLowerCase(Locale.ROOT);
        if (forced.equals("memory")) {
            return new MemorySecretStore();
        }
        if (forced.equals("file")) {
            return new EncryptedFileSecretStore(configDir);
        }
        Keyring keyring = keyring(env, osName.toLowerCase(Locale.ROOT));
        if (keyring != null) {
            LOG.info("secrets are kept in {}", keyring.name());
            return new KeyringSecretStore(keyring, configDir);
        }
        if (forced.equals("keyring")) {
            LOG.warn("{}=keyring but no keyring answers; using the encrypted file", ENV_STORE);
        }
        return new EncryptedFileSecretStore(configDir);
    }

    private static Keyring keyring(Map<String, String> env, String os) {
        if (os.contains("mac")) {
            return MacKeychain.available() ? new MacKeychain() : null;
        }
        if (os.contains("win")) {
            return null;
        }
        String tool = SecretToolKeyring.findOnPath(env.get("PATH"));
        if (tool == null) {
            return null;
        }
        SecretToolKeyring secretTool = new SecretToolKeyring(tool, Map.of());
        return secretTool.available() ? secretTool : null;
    }
}
