package io.partita.cli;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.profile.SecretNeeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which cluster a command talks to: {@code --bootstrap} (ad hoc, wins) or {@code --profile}, else the profile
 * named by {@code PARTITA_PROFILE}. Every Kafka call of the command is bounded by {@code --timeout}.
 */
final class ConnectionOptions {

    static final String ENV_PROFILE = "PARTITA_PROFILE";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--profile", paramLabel = "NAME", description = "A saved profile (default: $" + ENV_PROFILE + ").")
    String profileName;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]", converter = Converters.Bootstrap.class,
            description = "Connect ad hoc (plaintext) instead of using a profile.")
    String bootstrap;

    @Option(names = "--registry", paramLabel = "URL", converter = Converters.Url.class,
            description = "Schema registry URL (overrides the profile's).")
    String registry;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "15s", converter = Converters.Timeout.class,
            description = "Bound on every cluster call, e.g. 500ms, 10s, 1m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--sasl-password-stdin",
            description = "Read the profile's SASL password from the first line of stdin (used for this command only).")
    boolean saslPasswordStdin;

    /** The profile to connect with and its secrets. */
    record Target(ClusterProfile profile, Credentials credentials) {
    }

    Target resolve(CliContext context) {
        ClusterProfile profile = baseProfile(context);
        if (registry != null) {
            profile = new ClusterProfile(profile.name(), profile.bootstrapServers(), profile.security(),
                    profile.clientProperties(), RegistryConfig.of(registry), profile.readOnly(), profile.color());
        }
        return new Target(profile, credentials(context, profile));
    }

    /**
     * Like {@link #resolve}, but {@code --registry URL} alone is enough: registry commands need no Kafka. With a
     * profile (or {@code PARTITA_PROFILE}) the profile is used and {@code --registry} overrides its URL.
     */
    Target resolveRegistry(CliContext context) {
        String envProfile = context.env().get(ENV_PROFILE);
        if (registry != null && bootstrap == null && profileName == null && (envProfile == null || envProfile.isBlank())) {
            ClusterProfile adHoc = new ClusterProfile("(ad hoc)", "", null, null, RegistryConfig.of(registry), false,
                    null);
            return new Target(adHoc, context.secrets().load(adHoc.name()));
        }
        return resolve(context);
    }

    Duration timeout() {
        return timeout;
    }

    private ClusterProfile baseProfile(CliContext context) {
        if (bootstrap != null) {
            if (profileName != null) {
                context.err().println("partita: --bootstrap given, so profile '" + profileName + "' is not used");
            }
            return ClusterProfile.simple("(ad hoc)", bootstrap, null);
        }
        String name = profileName != null ? profileName : context.env().get(ENV_PROFILE);
        if (name == null || name.isBlank()) {
            throw new ParameterException(command.commandLine(), "no cluster given: pass --bootstrap HOST:PORT "
                    + "or --profile NAME, or set " + ENV_PROFILE + " to a profile name");
        }
        return Profiles.require(context.profileStore(), name);
    }

    private Credentials credentials(CliContext context, ClusterProfile profile) {
        // A profile without secret-using settings never unlocks the store (no master password prompt).
        Credentials saved = SecretNeeds.of(profile).isEmpty() ? Credentials.none()
                : context.secrets().load(profile.name());
        if (!saslPasswordStdin) {
            return saved;
        }
        if (!profile.security().protocol().usesSasl()) {
            throw new ParameterException(command.commandLine(), "--sasl-password-stdin: this connection does not "
                    + "use SASL (security protocol " + profile.security().protocol() + ")");
        }
        return saved.with(SecretKind.SASL_PASSWORD, readPassword(context));
    }

    private String readPassword(CliContext context) {
        try {
            // Not closed: stdin belongs to the process.
            String line = new BufferedReader(new InputStreamReader(context.in())).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(command.commandLine(), "--sasl-password-stdin: stdin has no password");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password from stdin: " + e.getMessage(), e);
        }
    }
}
