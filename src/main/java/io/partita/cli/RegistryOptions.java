package io.partita.cli;

import io.partita.kafka.MutationGuard;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.schema.HttpSchemaRegistryClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which registry a {@code schemas} command talks to and how it authenticates: the profile's registry, or
 * {@code --registry URL} alone. Secrets never come from the command line itself: from stdin or the environment.
 */
final class RegistryOptions {

    static final String ENV_PASSWORD = "PARTITA_REGISTRY_PASSWORD";
    static final String ENV_TOKEN = "PARTITA_REGISTRY_TOKEN";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--registry-user", paramLabel = "USER",
            description = "Basic authentication; the password from --registry-password-stdin or $" + ENV_PASSWORD + ".")
    String user;

    @Option(names = "--registry-password-stdin", description = "Read the registry password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--registry-token-stdin",
            description = "Bearer authentication with a token read from stdin (or set $" + ENV_TOKEN + ").")
    boolean tokenStdin;

    /** The registry service for the resolved profile; fails with one line when it has no registry. */
    SchemaRegistryService service(CliContext context) {
        ConnectionOptions.Target target = connection.resolveRegistry(context);
        ClusterProfile profile = target.profile();
        if (!profile.registry().isConfigured()) {
            throw new CliFailure("profile '" + profile.name() + "' has no schema registry: pass --registry URL");
        }
        RegistryConfig registry = profile.registry();
        Credentials credentials = target.credentials();
        String token = tokenStdin ? readLine(context, "--registry-token-stdin") : context.env().get(ENV_TOKEN);
        if (user != null) {
            String password = passwordStdin ? readLine(context, "--registry-password-stdin") : context.env().get(ENV_PASSWORD);
            registry = new RegistryConfig(registry.url(), RegistryAuth.BASIC, user, registry.truststorePath(),
                    registry.truststoreType(), registry.keystorePath(), registry.keystoreType());
            credentials = credentials.with(SecretKind.REGISTRY_PASSWORD, password);
        } else if (token != null && !token.isBlank()) {
            registry = new RegistryConfig(registry.url(), RegistryAuth.BEARER, null, registry.truststorePath(),
                    registry.truststoreType(), registry.keystorePath(), registry.keystoreType());
            credentials = credentials.with(SecretKind.REGISTRY_TOKEN, token);
        }
        var client = HttpSchemaRegistryClient.create(registry, credentials, connection.timeout());
        return new SchemaRegistryService(client, new MutationGuard(profile));
    }

    private String readLine(CliContext context, String option) {
        try {
            // Not closed: stdin belongs to the process.
            String line = new BufferedReader(new InputStreamReader(context.in())).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(command.commandLine(), option + ": stdin is empty");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + option + " from stdin: " + e.getMessage(), e);
        }
    }
}
