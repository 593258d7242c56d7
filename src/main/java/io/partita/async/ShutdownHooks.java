package io.partita.async;

/** JVM shutdown hooks: the one place outside the runners that makes a thread, because the JVM demands one. */
public final class ShutdownHooks {

    private ShutdownHooks() {
    }

    /** A registered hook; {@link #remove()} unregisters it (harmless once the JVM is already shutting down). */
    public interface Registration {
        void remove();
    }

    public static Registration register(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run; nothing to remove.
            }
        };
    }
}
