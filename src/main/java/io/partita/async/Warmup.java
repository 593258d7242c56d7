package io.partita.async;

/**
 * Start-up work that the first frame needs done but the FX thread need not wait for (configuring the logger,
 * loading classes), run on one daemon thread while the JavaFX toolkit starts. Failures are ignored: whatever the
 * warm-up did not do is simply done later, on first use.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void start(Runnable... tasks) {
        Thread thread = new Thread(() -> {
            for (Runnable task : tasks) {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    // first use will do it (and report it) again
                }
            }
        }, "partita-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** Loads (without initialising) the named classes, so the FX thread finds them defined. */
    public static Runnable loadClasses(ClassLoader loader, String... names) {
        return () -> {
            for (String name : names) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    // renamed class: nothing to warm
                }
            }
        };
    }
}
