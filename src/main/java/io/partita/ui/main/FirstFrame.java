package io.partita.ui.main;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/**
 * Measures start-up as the user sees it: from the JVM's start to the first pulse after the window is shown (the
 * pulse that lays out and renders the first frame). The JMX bean is touched only then, so measuring costs nothing
 * before the frame.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** What {@link #whenShown} reports: the JVM's start (epoch ms) and the ms from it to the first pulse. */
    public interface Listener {
        void firstFrame(long jvmStartMillis, long millisSinceJvmStart);
    }

    /** Calls {@code then} once, on the FX thread, after the first pulse of {@code scene}. */
    public static void whenShown(Scene scene, Listener then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            then.firstFrame(jvmStart, System.currentTimeMillis() - jvmStart);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
