package io.partita.model;

/**
 * Result of probing a schema registry.
 *
 * @param detail for OK a short description (e.g. "12 subjects"), for FAILED the reason in plain words
 */
public record RegistryStatus(State state, String detail) {

    public enum State { NOT_CONFIGURED, OK, FAILED }

    public static RegistryStatus notConfigured() {
        return new RegistryStatus(State.NOT_CONFIGURED, "no schema registry configured");
    }

    public static RegistryStatus ok(String detail) {
        return new RegistryStatus(State.OK, detail);
    }

    public static RegistryStatus failed(String reason) {
        return new RegistryStatus(State.FAILED, reason);
    }
}
