package io.partita.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Waits for SIGINT or SIGTERM by catching them, so the command can stop its children and return 0 instead of
 * the JVM exiting with 130/143. After the first signal the default handlers come back: a second Ctrl+C forces
 * the normal JVM shutdown (and its hooks). Uses {@code sun.misc.Signal} (module jdk.unsupported): a jlinked
 * runtime must include that module, or Ctrl+C falls back to the JVM's default (hook runs, exit code 130).
 */
final class ProcessSignals implements ShutdownSignal {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    @Override
    public void await() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        List<Runnable> restore = new ArrayList<>();
        try {
            catchSignals(stop, restore);
        } catch (LinkageError noJdkUnsupported) {
            // A runtime without jdk.unsupported: wait for the JVM's own shutdown (the hook stops the children).
        }
        try {
            stop.await();
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    private static void catchSignals(CountDownLatch stop, List<Runnable> restore) {
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, s -> stop.countDown());
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException notOnThisOs) {
                // e.g. TERM on Windows: the shutdown hook still stops the sandbox there.
            }
        }
    }
}
