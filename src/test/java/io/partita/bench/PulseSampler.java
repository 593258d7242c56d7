package io.partita.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Takes the UI thread's stack every 2 ms, so that a long pulse can say what it was spent on. JFR's safepoint-biased
 * sampling missed the cell making that cost 270 ms per pulse in session 5; a plain {@code getStackTrace} loop did not.
 * Each sample is reduced to a short signature: the innermost frame of a known phase (CSS, layout, rendering sync, a
 * runLater, an animation) and the innermost frames of the app or JavaFX.
 */
final class PulseSampler {

    private record Sample(long nanos, String signature) {
    }

    private static final String[][] PHASES = {
        {"doCSSPass", "css"}, {"doLayoutPass", "layout"}, {"synchronizeSceneNodes", "sync"},
        {"updateDirtyLayout", "layout"}, {"QuantumToolkit.pulse", "pulse"}, {"PlatformImpl.lambda$runLater", "runLater"},
        {"AnimationTimer", "timer"}, {"TimelineClipCore", "animation"}, {"ScenePulseListener.pulse", "scene"},
    };

    private final Thread target;
    private final Deque<Sample> samples = new ArrayDeque<>();

    private PulseSampler(Thread target) {
        this.target = target;
    }

    static PulseSampler start(Thread target) {
        PulseSampler s = new PulseSampler(target);
        Thread t = new Thread(s::loop, "pulse-sampler");
        t.setDaemon(true);
        t.start();
        return s;
    }

    private void loop() {
        while (true) {
            StackTraceElement[] stack = target.getStackTrace();
            String sig = signature(stack);
            if (sig != null) {
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), sig));
                    while (samples.size() > 20_000) {
                        samples.removeFirst();
                    }
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String signature(StackTraceElement[] stack) {
        if (stack.length == 0 || stack[0].getMethodName().equals("runLoop")
                || stack[0].getClassName().contains("GtkApplication") || stack[0].isNativeMethod()
                && stack.length < 8) {
            return null; // idle in the event loop
        }
        String phase = "?";
        for (int i = 0; i < stack.length && phase.equals("?"); i++) {
            String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
            for (String[] p : PHASES) {
                if (frame.contains(p[0])) {
                    phase = p[1];
                    break;
                }
            }
        }
        StringBuilder leaf = new StringBuilder();
        int taken = 0;
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("io.partita") || c.startsWith("javafx") || c.startsWith("com.sun.javafx")) {
                leaf.append(taken == 0 ? "" : " < ").append(c.substring(c.lastIndexOf('.') + 1)).append('.')
                        .append(e.getMethodName());
                if (++taken == 4) {
                    break;
                }
            }
        }
        return phase + ": " + leaf;
    }

    private final Map<String, Long> longPulses = new java.util.concurrent.ConcurrentHashMap<>();

    /** A histogram of the samples taken since {@code fromNanos}, most frequent first; also kept for {@link #total}. */
    String since(long fromNanos) {
        Map<String, Long> counts;
        synchronized (samples) {
            counts = samples.stream().filter(s -> s.nanos() >= fromNanos)
                    .collect(Collectors.groupingBy(Sample::signature, LinkedHashMap::new, Collectors.counting()));
        }
        counts.forEach((k, v) -> longPulses.merge(k, v, Long::sum));
        return top(counts, 8);
    }

    /** The samples of all long pulses so far, by phase and then by signature. */
    String total() {
        Map<String, Long> phases = new LinkedHashMap<>();
        longPulses.forEach((k, v) -> phases.merge(k.substring(0, k.indexOf(':')), v, Long::sum));
        return "by phase:\n" + top(phases, 10) + "by frames:\n" + top(longPulses, 30);
    }

    private static String top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format("    %3d × %s%n", e.getValue(), e.getKey())).collect(Collectors.joining());
    }
}
