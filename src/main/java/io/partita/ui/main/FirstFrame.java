package io.partita.ui.main;

import io.partita.async.TaskRunner;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
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

    /**
     * An executor for FX-thread work that should not delay the first frame of {@code scene}: until that frame's pulse
     * has run, tasks wait; then they run after that pulse, handed back to the FX thread through {@code runner} (a
     * task given later runs at once). Call it on the FX thread.
     */
    public static Executor afterFirstFrame(Scene scene, TaskRunner runner) {
        return new Executor() {
            private List<Runnable> waiting = new ArrayList<>();

            {
                whenShown(scene, (jvmStart, millis) -> runner.run(() -> null, ok -> release(), e -> release()));
            }

            private void release() {
                List<Runnable> tasks = waiting;
                waiting = null;
                tasks.forEach(Runnable::run);
            }

            @Override
            public void execute(Runnable task) {
                if (waiting == null) {
                    task.run();
                } else {
                    waiting.add(task);
                }
            }
        };
    }
}
