package io.partita.cli;

import io.partita.kafka.ClientConfigNames;
import io.partita.kafka.ProfileExport;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.profile.AtomicFiles;
import io.partita.profile.ImportedProfile;
import io.partita.profile.ProfileImport;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretNeeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code partita profiles import|export}: profiles from and to Kafka client config files. */
final class ProfileTransferCommands {

    private ProfileTransferCommands() {
    }

    @Command(name = "import", description = "Save a profile read from a Kafka client .properties file "
            + "(--command-config) or, with --kcat, a kcat/librdkafka config. Passwords go to the secret store.")
    static final class Import implements Callable<Integer> {

        private final CliContext context;

        @Parameters(paramLabel = "FILE", description = "The config file.")
        Path file;

        @Option(names = "--name", paramLabel = "N", description = "Profile name (default: the file name).")
        String name;

        @Option(names = "--kcat", description = "The file uses librdkafka names (kcat -F).")
        boolean kcat;

        @Option(names = "--force", description = "Replace a profile of the same name.")
        boolean force;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String text = read(file);
            String profileName = name != null ? name.strip() : baseName(file);
            ImportedProfile imported = kcat ? ProfileImport.kcat(profileName, text, ClientConfigNames::isKnown)
                    : ProfileImport.clientProperties(profileName, text, ClientConfigNames::isKnown);
            ClusterProfile profile = imported.profile();
            if (profile.bootstrapServers().isBlank()) {
                throw new CliFailure(file + " names no bootstrap servers (bootstrap.servers"
                        + (kcat ? " or metadata.broker.list" : "") + ")");
            }
            ProfileStore store = context.profileStore();
            if (store.find(profileName).isPresent() && !force) {
                throw new CliFailure("a profile named '" + profileName + "' already exists (add --force to replace it)");
            }
            store.save(profile);
            if (!imported.credentials().isEmpty()) {
                context.secrets().save(profileName, imported.credentials());
            }
            context.out().println("Imported profile '" + profileName + "' (" + profile.bootstrapServers() + ", "
                    + profile.security().protocol() + ")" + secretsLine(imported.credentials()));
            imported.notes().forEach(note -> context.err().println("Note: " + note));
            return Cli.OK;
        }

        private String secretsLine(Credentials credentials) {
            return credentials.isEmpty() ? "" : "; " + credentials.toString().replace("Credentials", "secrets ")
                    + " saved in " + context.secrets().description();
        }

        private static String baseName(Path file) {
            String n = file.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }
    }

    @Command(name = "export", description = "Write a profile as a Kafka client .properties file. Secrets are "
            + "placeholders unless --include-secrets is given.")
    static final class Export implements Callable<Integer> {

        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The profile.")
        String name;

        @Option(names = "--include-secrets", description = "Write the passwords too (the file is then owner-only).")
        boolean includeSecrets;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
        Path output;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ClusterProfile profile = Profiles.require(context.profileStore(), name);
            Credentials credentials = includeSecrets ? context.secrets().load(profile.name()) : Credentials.none();
            if (includeSecrets && credentials.isEmpty() && !SecretNeeds.of(profile).isEmpty()) {
                context.err().println("Note: no saved secrets of '" + profile.name() + "' could be read from "
                        + context.secrets().description() + " (locked? set " + MasterPassword.ENV
                        + " or run in a terminal); the file has empty values");
            }
            String text = ProfileExport.clientProperties(profile, credentials, includeSecrets);
            if (output == null) {
                context.out().print(text);
                context.out().flush();
                return Cli.OK;
            }
            try {
                AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8), includeSecrets);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + output + ": " + e.getMessage(), e);
            }
            context.err().println("Wrote " + output + (includeSecrets ? " (with secrets, readable by you only)" : ""));
            return Cli.OK;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("could not read " + file + ": " + e.getMessage());
        }
    }
}
