package io.partita.sandbox;

import java.nio.file.Path;

/**
 * What to start.
 *
 * @param brokers  1 = one combined KRaft node; N > 1 = one controller + N brokers
 * @param dataDir  where the logs go; null = a fresh temp dir deleted on close
 * @param keepData when true and {@code dataDir} is set, data survives close and is reused on the next start
 */
public record SandboxOptions(int brokers, boolean registry, boolean demoData, Path dataDir, boolean keepData) {

    public SandboxOptions {
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers must be at least 1, was " + brokers);
        }
    }

    /** One combined node, the registry and the demo data: what "Start local sandbox" starts. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(1, true, true, null, false);
    }
}
