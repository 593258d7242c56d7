package io.partita.schema;

import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code Authorization} header for a registry profile. A missing secret is not an error when the client
 * is created (opening a cluster must not fail because of the registry); it fails each registry call instead,
 * with a message that says what to fill in. {@link #toString()} never shows the secret.
 */
final class RegistryAuthHeader {

    private final String value;
    private final String missing;

    private RegistryAuthHeader(String value, String missing) {
        this.value = value;
        this.missing = missing;
    }

    static RegistryAuthHeader of(RegistryConfig config, Credentials credentials) {
        return switch (config.auth()) {
            case NONE -> new RegistryAuthHeader(null, null);
            case BASIC -> basic(config.username(), credentials.get(SecretKind.REGISTRY_PASSWORD));
            case BEARER -> credentials.get(SecretKind.REGISTRY_TOKEN)
                    .map(token -> new RegistryAuthHeader("Bearer " + token, null))
                    .orElseGet(() -> new RegistryAuthHeader(null, "bearer authentication is selected but no "
                            + "registry token is stored for this profile"));
        };
    }

    private static RegistryAuthHeader basic(String username, Optional<String> password) {
        if (username == null || username.isBlank()) {
            return new RegistryAuthHeader(null, "basic authentication is selected but the registry user is empty");
        }
        // An empty password is legal for basic auth (some proxies use the user name alone).
        String pair = username + ":" + password.orElse("");
        return new RegistryAuthHeader(
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), null);
    }

    Optional<String> value() {
        return Optional.ofNullable(value);
    }

    void failIfMissing(String baseUrl) {
        if (missing != null) {
            throw new RegistryException(RegistryException.Kind.UNAUTHORIZED,
                    missing + " (registry at " + baseUrl + ")");
        }
    }

    @Override
    public String toString() {
        return value == null ? "RegistryAuthHeader[none]" : "RegistryAuthHeader[set]";
    }
}
