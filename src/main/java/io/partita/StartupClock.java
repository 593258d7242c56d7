package io.partita;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall-clock marks of the start-up phases (main, toolkit up, window built, shown), reported with the first frame
 * relative to the JVM's start. Plain currentTimeMillis: cheap enough to call before anything is loaded.
 */
final class StartupClock {

    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();

    private StartupClock() {
    }

    static synchronized void mark(String phase) {
        NAMES.add(phase);
        TIMES.add(System.currentTimeMillis());
    }

    /** "main 310, start 1020, …" in ms after {@code jvmStartMillis}. */
    static synchronized String report(long jvmStartMillis) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append(' ').append(TIMES.get(i) - jvmStartMillis);
        }
        return out.toString();
    }
}
