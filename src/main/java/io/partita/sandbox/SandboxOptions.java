package io.partita.sandbox;

import java.nio.file.Path;

/**
 * What to start.
 *
 * @param brokers  1 = one combined KRaft node; N > 1 = one controller + N brokers
 * @param dataDir  where the logs go; null = a fresh temp dir deleted on close
 * @param keepData when true and {@code dataDir} is set, data survives close and is reused on the next start
 * @param secure   adds TLS and SASL listeners, the authorizer and SCRAM users (see {@link SecureEndpoints}); one
 *                 broker only, and its data is never kept (the certificates are made anew at every start)
 */
public record SandboxOptions(int brokers, boolean registry, boolean demoData, Path dataDir, boolean keepData,
                             boolean secure) {

    public SandboxOptions {
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers must be at least 1, was " + brokers);
        }
        if (secure && (brokers != 1 || keepData)) {
            throw new IllegalArgumentException("a secure sandbox has one broker and keeps no data");
        }
    }

    public SandboxOptions(int brokers, boolean registry, boolean demoData, Path dataDir, boolean keepData) {
        this(brokers, registry, demoData, dataDir, keepData, false);
    }

    /** One broker with secure listeners besides PLAINTEXT; no registry, no demo data. */
    public static SandboxOptions secureBroker() {
        return new SandboxOptions(1, false, false, null, false, true);
    }

    /** One combined node, the registry and the demo data: what "Start local sandbox" starts. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(1, true, true, null, false);
    }
}
