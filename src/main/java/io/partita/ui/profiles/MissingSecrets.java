package io.partita.ui.profiles;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a profile cannot connect without that the store does not have (a keyring that was reset, a locked
 * file, a profile imported without passwords): asked again before connecting. Pure.
 */
public final class MissingSecrets {

    private MissingSecrets() {
    }

    public static List<SecretKind> of(ClusterProfile profile, Credentials credentials) {
        List<SecretKind> missing = new ArrayList<>();
        SecurityConfig sec = profile.security();
        boolean rawJaas = credentials.get(SecretKind.SASL_JAAS_CONFIG).isPresent();
        if (sec.protocol().usesSasl() && !rawJaas) {
            if (SecurityForm.isUserPassword(sec.saslMechanism()) && sec.saslUsername() != null) {
                missing.add(SecretKind.SASL_PASSWORD);
            } else if (SecurityConfig.OAUTHBEARER.equals(sec.saslMechanism())) {
                missing.add(SecretKind.OAUTH_CLIENT_SECRET);
            }
        }
        if (profile.registry().isConfigured() && profile.registry().auth() == RegistryAuth.BASIC) {
            missing.add(SecretKind.REGISTRY_PASSWORD);
        } else if (profile.registry().isConfigured() && profile.registry().auth() == RegistryAuth.BEARER) {
            missing.add(SecretKind.REGISTRY_TOKEN);
        }
        missing.removeIf(kind -> credentials.get(kind).isPresent());
        return missing;
    }

    /** What to call the secret in a question to the user. */
    public static String label(SecretKind kind) {
        return switch (kind) {
            case SASL_PASSWORD -> "SASL password";
            case OAUTH_CLIENT_SECRET -> "OAuth client secret";
            case REGISTRY_PASSWORD -> "schema registry password";
            case REGISTRY_TOKEN -> "schema registry token";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
