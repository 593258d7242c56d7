package io.partita.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The secrets of one profile, in memory only. {@link #toString()} never shows a value. */
public final class Credentials {

    private static final Credentials NONE = new Credentials(Map.of());
    private final Map<SecretKind, String> values;

    private Credentials(Map<SecretKind, String> values) {
        this.values = values;
    }

    public static Credentials none() {
        return NONE;
    }

    public static Credentials of(Map<SecretKind, String> values) {
        Map<SecretKind, String> copy = new EnumMap<>(SecretKind.class);
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, v);
            }
        });
        return new Credentials(copy);
    }

    public Optional<String> get(SecretKind kind) {
        return Optional.ofNullable(values.get(kind));
    }

    public Credentials with(SecretKind kind, String value) {
        Map<SecretKind, String> copy = new EnumMap<>(SecretKind.class);
        copy.putAll(values);
        if (value == null || value.isEmpty()) {
            copy.remove(kind);
        } else {
            copy.put(kind, value);
        }
        return new Credentials(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials" + values.keySet();
    }
}
