package io.partita.cli;

import io.partita.model.ClusterProfile;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.ProfileStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partita profiles list|show|add|remove}: the saved cluster profiles (the same file the GUI uses). */
@Command(name = "profiles", description = "List, show, add, remove, import and export saved cluster profiles; "
        + "change the master password of their saved passwords.",
        subcommands = {ProfilesCommand.Add.class, ProfileTransferCommands.Import.class,
                ProfileTransferCommands.Export.class, ChangeMasterPasswordCommand.class})
final class ProfilesCommand {

    private final CliContext context;

    ProfilesCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", description = "List the saved profiles.")
    int list(@Option(names = "--json", description = "One JSON array.") boolean json) {
        ProfileStore store = store();
        List<ClusterProfile> profiles = store.list();
        if (json) {
            context.printJson(profiles.stream().map(ProfileOutput::summary).toList());
        } else if (profiles.isEmpty()) {
            context.out().println("No profiles yet. Add one: partita profiles add NAME --bootstrap HOST:PORT");
        } else {
            ProfileOutput.printTable(context.out(), profiles);
        }
        return Cli.OK;
    }

    @Command(name = "show", description = "Show one profile (secrets are never shown).")
    int show(@Parameters(paramLabel = "NAME") String name,
             @Option(names = "--json", description = "One JSON object.") boolean json) {
        ClusterProfile profile = Profiles.require(store(), name);
        if (json) {
            context.printJson(ProfileOutput.detail(profile));
        } else {
            ProfileOutput.printDetail(context.out(), profile);
        }
        return Cli.OK;
    }

    @Command(name = "remove", description = "Remove a profile.")
    int remove(@Parameters(paramLabel = "NAME") String name) {
        ProfileStore store = store();
        if (!store.remove(name)) {
            throw Profiles.unknown(store, name);
        }
        try {
            context.secrets().remove(name);
        } catch (IllegalStateException e) {
            // The profile is gone either way; its secrets stay encrypted (or in the keyring) until next time.
            context.err().println("partita: warning: the saved secrets of '" + name + "' were not removed: "
                    + e.getMessage());
        }
        context.out().println("Removed profile '" + name + "'.");
        if (lockedFile()) {
            context.out().println("Its saved passwords (if any) leave " + EncryptedFileSecretStore.FILE_NAME
                    + " the next time the master password is entered.");
        }
        return Cli.OK;
    }

    private boolean lockedFile() {
        try {
            return context.secrets().masterPasswordState().orElse(null) == EncryptedFileSecretStore.State.LOCKED;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Reports a profiles file that had to be moved aside, so the user knows why the list is empty. */
    private ProfileStore store() {
        ProfileStore store = context.profileStore();
        store.problem().ifPresent(problem -> context.err().println("partita: warning: " + problem));
        return store;
    }

    @Command(name = "add", description = "Save a new profile. Passwords are not taken here: see --sasl-user.")
    static final class Add implements Callable<Integer> {

        private static final List<String> MECHANISMS =
                List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI");

        private final CliContext context;

        @Spec
        CommandSpec command;

        @Parameters(paramLabel = "NAME", description = "The profile's name.")
        String name;

        @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT[,...]",
                converter = Converters.Bootstrap.class, description = "Bootstrap servers.")
        String bootstrap;

        @Option(names = "--registry", paramLabel = "URL", converter = Converters.Url.class,
                description = "Schema registry base URL (Confluent API).")
        String registry;

        @Option(names = "--read-only", description = "Refuse every change (create, delete, produce, reset) on this cluster.")
        boolean readOnly;

        @Option(names = "--security-protocol", paramLabel = "P",
                description = "One of ${COMPLETION-CANDIDATES} (default: PLAINTEXT).")
        SecurityProtocol protocol;

        @Option(names = "--sasl-mechanism", paramLabel = "M",
                description = "PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER or GSSAPI.")
        String mechanism;

        @Option(names = "--sasl-user", paramLabel = "U", description = "SASL user. The password is not stored: "
                + "pass it to each command with --sasl-password-stdin.")
        String user;

        @Option(names = "--oauth-token-url", paramLabel = "URL", description = "OAUTHBEARER: the token endpoint "
                + "(client-credentials grant; the client secret is not taken here: import or use the GUI).")
        String oauthTokenUrl;

        @Option(names = "--oauth-client-id", paramLabel = "ID", description = "OAUTHBEARER: the client id.")
        String oauthClientId;

        @Option(names = "--oauth-scope", paramLabel = "SCOPE", description = "OAUTHBEARER: the scope (optional).")
        String oauthScope;

        @Option(names = "--kerberos-service-name", paramLabel = "NAME", description = "GSSAPI: the brokers' service name (default kafka).")
        String kerberosService;

        @Option(names = "--kerberos-principal", paramLabel = "PRINCIPAL", description = "GSSAPI: the client principal.")
        String kerberosPrincipal;

        @Option(names = "--keytab", paramLabel = "FILE", description = "GSSAPI: the keytab (default: the ticket cache).")
        String keytab;

        @Option(names = "--krb5-conf", paramLabel = "FILE", description = "GSSAPI: a krb5.conf other than the system one.")
        String krb5Conf;

        @Option(names = "--property", paramLabel = "KEY=VALUE", description = "Extra Kafka client property (repeatable; no secrets).")
        Map<String, String> properties = Map.of();

        @Option(names = "--force", description = "Replace a profile of the same name.")
        boolean force;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ClusterProfile profile = profile();
            ProfileStore store = context.profileStore();
            Optional<ClusterProfile> existing = store.find(profile.name());
            if (existing.isPresent() && !force) {
                throw new CliFailure("a profile named '" + profile.name() + "' already exists (add --force to replace it)");
            }
            store.save(existing.map(old -> withColor(profile, old.color())).orElse(profile));
            context.out().println((existing.isPresent() ? "Replaced" : "Saved") + " profile '" + profile.name()
                    + "' (" + profile.bootstrapServers() + ") in " + store.file());
            if (profile.security().saslUsername() != null) {
                context.err().println("Note: no password is stored. Pass it to each command with "
                        + "--sasl-password-stdin; it is used for that command only.");
            }
            return Cli.OK;
        }

        private ClusterProfile profile() {
            if (name.isBlank()) {
                throw usage("the profile name must not be blank");
            }
            properties.keySet().stream().filter(ProfileOutput::isSensitive).findFirst().ifPresent(key -> {
                throw usage("--property " + key + ": secrets are not accepted on the command line");
            });
            return new ClusterProfile(name, bootstrap, security(), properties, RegistryConfig.of(registry),
                    readOnly, null);
        }

        private SecurityConfig security() {
            SecurityProtocol p = protocol == null ? SecurityProtocol.PLAINTEXT : protocol;
            String m = mechanism == null ? null : mechanism.strip().toUpperCase(Locale.ROOT);
            if ((m != null || user != null) && !p.usesSasl()) {
                throw usage("--sasl-mechanism and --sasl-user need --security-protocol SASL_PLAINTEXT or SASL_SSL");
            }
            if (m != null && !MECHANISMS.contains(m)) {
                throw usage("--sasl-mechanism: unknown mechanism '" + mechanism + "'; use one of " + MECHANISMS);
            }
            if (m != null && (m.equals("PLAIN") || m.startsWith("SCRAM")) && user == null) {
                throw usage("--sasl-mechanism " + m + " needs --sasl-user");
            }
            return new SecurityConfig(p, m, user, null, null, null, null, true,
                    new SecurityConfig.OAuthSettings(oauthTokenUrl, oauthClientId, oauthScope),
                    new SecurityConfig.KerberosSettings(kerberosService, kerberosPrincipal, keytab, krb5Conf));
        }

        private ParameterException usage(String message) {
            return new ParameterException(command.commandLine(), message);
        }

        private static ClusterProfile withColor(ClusterProfile p, String color) {
            return new ClusterProfile(p.name(), p.bootstrapServers(), p.security(), p.clientProperties(),
                    p.registry(), p.readOnly(), color);
        }
    }
}
