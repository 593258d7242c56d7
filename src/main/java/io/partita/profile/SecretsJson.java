package io.partita.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Credentials as JSON text (kind name to value); only ever written encrypted or into a keyring entry. */
final class SecretsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, String>>> ALL = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> ONE = new TypeReference<>() { };

    private SecretsJson() {
    }

    static Map<String, String> toMap(Credentials credentials) {
        Map<String, String> map = new TreeMap<>();
        for (SecretKind kind : SecretKind.values()) {
            credentials.get(kind).ifPresent(v -> map.put(kind.name(), v));
        }
        return map;
    }

    /** Kinds this version does not know (written by a newer one) are skipped. */
    static Credentials fromMap(Map<String, String> map) {
        Map<SecretKind, String> values = new EnumMap<>(SecretKind.class);
        for (SecretKind kind : SecretKind.values()) {
            String v = map.get(kind.name());
            if (v != null) {
                values.put(kind, v);
            }
        }
        return Credentials.of(values);
    }

    static byte[] writeAll(Map<String, Map<String, String>> byProfile) {
        try {
            return JSON.writeValueAsBytes(Map.of("version", 1, "profiles", byProfile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Map<String, String>> readAll(byte[] json) {
        try {
            Map<String, Map<String, String>> profiles =
                    JSON.convertValue(JSON.readTree(json).path("profiles"), ALL);
            return profiles == null ? new TreeMap<>() : new TreeMap<>(profiles);
        } catch (IOException e) {
            // No cause: a parser message may quote the decrypted text.
            throw new IllegalStateException("the secrets file's content is damaged");
        }
    }

    static String writeOne(Credentials credentials) {
        try {
            return JSON.writeValueAsString(toMap(credentials));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Credentials readOne(String json) {
        try {
            return fromMap(JSON.readValue(json, ONE));
        } catch (IOException e) {
            // Never put the text into the message: it is a secret.
            throw new IllegalStateException("a keyring entry of Partita is not in the expected format");
        }
    }
}
