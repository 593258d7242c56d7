package io.partita.cli;

import io.partita.kafka.SendControl;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a send runs: the first Ctrl+C (or SIGTERM) cancels it (records in flight are flushed and reported), the
 * second aborts it (the producer closes at once; unanswered records are reported as such). The previous handlers
 * come back on {@link #close()}. Without jdk.unsupported in the runtime, Ctrl+C keeps the JVM's default.
 */
final class SignalCancel implements AutoCloseable {

    private final List<Runnable> restore = new ArrayList<>();

    SignalCancel(SendControl control, Runnable onFirst) {
        try {
            for (String name : List.of("INT", "TERM")) {
                install(name, control, onFirst);
            }
        } catch (LinkageError noJdkUnsupported) {
            // No way to catch the signal: the JVM's default applies.
        }
    }

    private void install(String name, SendControl control, Runnable onFirst) {
        try {
            Signal signal = new Signal(name);
            SignalHandler previous = Signal.handle(signal, s -> {
                if (control.isCancelled()) {
                    control.abort();
                } else {
                    control.cancel();
                    onFirst.run();
                }
            });
            restore.add(() -> Signal.handle(signal, previous));
        } catch (IllegalArgumentException notOnThisOs) {
            // e.g. TERM on Windows
        }
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
