package io.partita.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * A stand-in for powershell.exe (a bash script) where Windows PowerShell lives under {@code %SystemRoot%}. It
 * echoes its input behind a prompt, as PowerShell may, answers the protocol of {@link CredentialManagerScript}
 * for one stored value, and logs its arguments and the script line (never the data line). Needs bash: POSIX only.
 */
final class FakePowerShell {

    private static final String SCRIPT = """
            #!/bin/bash
            dir="$(cd "$(dirname "$0")" && pwd)"
            printf '%s\\n' "$*" >> "$dir/args.log"
            IFS= read -r script
            printf '%s\\n' "$script" >> "$dir/scripts.log"
            mode="$(cat "$dir/mode" 2>/dev/null)"
            if [ "$mode" = "broken" ]; then echo "Add-Type : Cannot add type." >&2; exit 1; fi
            if [ "$mode" = "denied" ]; then echo "PARTITA-ERROR Access is denied."; exit 0; fi
            printf 'PS C:\\\\> %s\\n' "$script"
            case "$script" in
              *'[PartitaCredMan]::Write('*) IFS= read -r data; printf '%s' "${data#\\#}" > "$dir/value"; echo "PARTITA-DONE" ;;
              *'[PartitaCredMan]::Read('*) if [ -f "$dir/value" ]; then echo "PARTITA-VALUE $(cat "$dir/value")"; else echo "PARTITA-ABSENT"; fi ;;
              *'[PartitaCredMan]::Delete('*) rm -f "$dir/value"; echo "PARTITA-DONE" ;;
            esac
            """;

    final Path systemRoot;
    final Path home;

    private FakePowerShell(Path systemRoot) {
        this.systemRoot = systemRoot;
        this.home = systemRoot.resolve("System32").resolve("WindowsPowerShell").resolve("v1.0");
    }

    static FakePowerShell install(Path systemRoot) throws IOException {
        FakePowerShell fake = new FakePowerShell(systemRoot);
        Files.createDirectories(fake.home);
        Path exe = fake.exe();
        Files.writeString(exe, SCRIPT);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
        return fake;
    }

    static boolean runsHere() {
        return !System.getProperty("os.name", "").toLowerCase().contains("win") && Files.isExecutable(Path.of("/bin/bash"));
    }

    Path exe() {
        return home.resolve("powershell.exe");
    }

    /** {@code broken}: no answer and an error on stderr; {@code denied}: an error answer; anything else works. */
    void mode(String mode) throws IOException {
        Files.writeString(home.resolve("mode"), mode);
    }

    Map<String, String> env() {
        return Map.of("SystemRoot", systemRoot.toString(), "PATH", systemRoot.toString());
    }

    boolean ran() {
        return Files.exists(home.resolve("args.log"));
    }

    String log(String name) throws IOException {
        Path file = home.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    boolean holdsAValue() {
        return Files.exists(home.resolve("value"));
    }
}
