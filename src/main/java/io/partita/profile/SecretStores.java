package io.partita.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where secrets live. {@code PARTITA_SECRET_STORE} = {@code keyring}, {@code file} or {@code memory} forces
 * one; otherwise the OS keyring when it answers, else the encrypted file:
 * <ul>
 *   <li>macOS: the login keychain ({@code /usr/bin/security});</li>
 *   <li>Linux and other Unixes: the Secret Service through {@code secret-tool} (a look-up, up to 3 s);</li>
 *   <li>Windows: the Credential Manager through PowerShell, only after its self-probe (write, read back, delete a
 *   probe entry; several seconds) passed in this session, because that code was never run on Windows
 *   (see {@link WindowsCredentialManager}). A {@code secrets.enc} that already exists stays the store unless
 *   {@code keyring} is forced: earlier versions kept Windows secrets there, and switching silently would hide
 *   them.</li>
 * </ul>
 * A forced {@code keyring} that does not answer falls back to the encrypted file too, so secrets are never handed
 * to a store that failed. Probing starts helper processes: call this off the UI thread.
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
        Keyring keyring = keyring(configDir, env, osName.toLowerCase(Locale.ROOT), forced.equals("keyring"));
        if (keyring != null) {
            LOG.info("secrets are kept in {}", keyring.name());
            return new KeyringSecretStore(keyring, configDir);
        }
        if (forced.equals("keyring")) {
            LOG.warn("{}=keyring but no keyring answers; using the encrypted file", ENV_STORE);
        }
        return new EncryptedFileSecretStore(configDir);
    }

    private static Keyring keyring(Path configDir, Map<String, String> env, String os, boolean forced) {
        if (os.contains("mac")) {
            return MacKeychain.available() ? new MacKeychain() : null;
        }
        if (os.contains("win")) {
            return windows(configDir, env, forced);
        }
        String tool = SecretToolKeyring.findOnPath(env.get("PATH"));
        if (tool == null) {
            return null;
        }
        SecretToolKeyring secretTool = new SecretToolKeyring(tool, Map.of());
        return secretTool.available() ? secretTool : null;
    }

    private static Keyring windows(Path configDir, Map<String, String> env, boolean forced) {
        if (!forced && Files.exists(configDir.resolve(EncryptedFileSecretStore.FILE_NAME))) {
            LOG.info("secrets stay in {} (it exists already; {}=keyring moves to the Credential Manager)",
                    EncryptedFileSecretStore.FILE_NAME, ENV_STORE);
            return null;
        }
        String powershell = WindowsCredentialManager.find(env);
        if (powershell == null) {
            LOG.info("no powershell.exe found: secrets are kept in the encrypted file");
            return null;
        }
        WindowsCredentialManager manager = new WindowsCredentialManager(powershell);
        Optional<String> problem = manager.probeProblem();
        if (problem.isPresent()) {
            LOG.warn("the Windows Credential Manager failed its self-test ({}); secrets are kept in the encrypted file",
                    problem.get());
            return null;
        }
        return manager;
    }
}
