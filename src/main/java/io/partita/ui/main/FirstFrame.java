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

    /** Calls {@code then} with the milliseconds from JVM start, once, on the FX thread after the first pulse. */
    public static void whenShown(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            then.accept(System.currentTimeMillis() - jvmStart);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
