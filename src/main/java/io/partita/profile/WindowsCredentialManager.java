package io.partita.profile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Windows Credential Manager (generic credentials of the signed-in user) through Windows PowerShell:
 * {@code powershell.exe -NoProfile -NonInteractive -Command -} with the script on stdin. The script calls the Win32
 * API CredReadW / CredWriteW / CredDeleteW through an Add-Type P/Invoke class, chosen over the WinRT PasswordVault
 * because it works the same in Windows PowerShell 5.1 and PowerShell 7 and its entries are the ones the Credential
 * Manager control panel shows. The secret goes over stdin on its own line, never as an argument and never inside the
 * script text (see {@link CredentialManagerScript} for the exact protocol). Each call starts PowerShell and compiles
 * the class: one to a few seconds, bounded by {@value #CALL_SECONDS} s. An entry holds at most
 * {@value CredentialManagerScript#MAX_SECRET_BYTES} bytes; a larger save fails with a message saying so.
 *
 * <p><strong>Never run on Windows</strong>: no Windows machine was available. The script text, its quoting and the
 * parsing of answers are unit-tested, the process protocol against a stand-in for powershell.exe. That is why
 * {@link SecretStores} uses this class only after {@link #probeProblem()} has written, read back and deleted a probe
 * entry in this very session; anything unexpected (no PowerShell, Constrained Language Mode refusing Add-Type, a
 * different stdin behaviour) falls back to the encrypted file.
 */
final class WindowsCredentialManager implements Keyring {

    static final int CALL_SECONDS = 30;
    private static final Duration CALL_BOUND = Duration.ofSeconds(CALL_SECONDS);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String powershell;

    WindowsCredentialManager(String powershell) {
        this.powershell = powershell;
    }

    /** Windows PowerShell of this system ({@code %SystemRoot%}), else {@code powershell.exe} on PATH; else null. */
    static String find(Map<String, String> env) {
        for (String root : new String[] {env.get("SystemRoot"), env.get("windir")}) {
            if (root != null && !root.isBlank()) {
                Path candidate = Path.of(root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        String path = env.get("PATH") == null ? env.get("Path") : env.get("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "powershell.exe");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    /**
     * Writes a random value under a probe account, reads it back and deletes it, through the same calls real secrets
     * use (three PowerShell starts). Empty when all of it worked; else why not (never a secret). Takes several
     * seconds: off the UI thread.
     */
    Optional<String> probeProblem() {
        byte[] raw = new byte[12];
        RANDOM.nextBytes(raw);
        String account = "partita:probe:" + HexFormat.of().formatHex(raw, 0, 4);
        String value = "probe-" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + "-é";
        try {
            write(account, "Partita self-test (safe to delete)", value);
        } catch (KeyringException e) {
            return Optional.of(e.getMessage());
        }
        boolean deleted = false;
        try {
            if (!value.equals(read(account).orElse(null))) {
                return Optional.of("a value written could not be read back unchanged");
            }
            delete(account);
            deleted = true;
            return Optional.empty();
        } catch (KeyringException e) {
            return Optional.of(e.getMessage());
        } finally {
            if (!deleted) {
                deleteQuietly(account);
            }
        }
    }

    private void deleteQuietly(String account) {
        try {
            delete(account);
        } catch (KeyringException e) {
            // Only the probe's own random value is left behind; its label says it may be deleted.
        }
    }

    @Override
    public String name() {
        return "the Windows Credential Manager";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        CredentialManagerScript.Reply reply = call("read", CredentialManagerScript.read(account));
        if (reply.kind() == CredentialManagerScript.Kind.ABSENT) {
            return Optional.empty();
        }
        if (reply.kind() != CredentialManagerScript.Kind.VALUE) {
            throw unexpected("read", reply);
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(reply.detail()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new KeyringException("an entry of Partita in " + name() + " is not in the expected format");
        }
    }

    @Override
    public void write(String account, String label, String secret) throws KeyringException {
        if (secret.getBytes(StandardCharsets.UTF_8).length > CredentialManagerScript.MAX_SECRET_BYTES) {
            throw new KeyringException(name() + " holds at most " + CredentialManagerScript.MAX_SECRET_BYTES
                    + " bytes per entry and this profile's secrets are longer; set PARTITA_SECRET_STORE=file to keep "
                    + "them in the encrypted file instead");
        }
        CredentialManagerScript.Reply reply = call("write", CredentialManagerScript.write(account, label, secret));
        if (reply.kind() != CredentialManagerScript.Kind.DONE) {
            throw unexpected("write", reply);
        }
    }

    @Override
    public void delete(String account) throws KeyringException {
        CredentialManagerScript.Reply reply = call("delete", CredentialManagerScript.delete(account));
        if (reply.kind() != CredentialManagerScript.Kind.DONE) {
            throw unexpected("delete", reply);
        }
    }

    /** The command line: fixed, so nothing about the entry (let alone the secret) shows up in a process list. */
    List<String> command() {
        return List.of(powershell, "-NoProfile", "-NonInteractive", "-Command", "-");
    }

    private CredentialManagerScript.Reply call(String what, String stdin) throws KeyringException {
        ChildProcess.Result r;
        try {
            r = ChildProcess.run(command(), stdin, Map.of(), CALL_BOUND);
        } catch (IOException e) {
            throw new KeyringException(name() + " did not answer: " + e.getMessage());
        }
        return CredentialManagerScript.parse(r.out()).orElseThrow(() -> new KeyringException("could not " + what
                + " in " + name() + ": PowerShell gave no answer (exit code " + r.exit()
                + (r.err().isEmpty() ? "" : ", " + firstLine(r.err())) + ")"));
    }

    private KeyringException unexpected(String what, CredentialManagerScript.Reply reply) {
        String why = reply.kind() == CredentialManagerScript.Kind.ERROR ? reply.detail() : "unexpected answer "
                + reply.kind();
        return new KeyringException("could not " + what + " in " + name() + ": " + why);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
