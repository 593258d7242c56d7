package io.partita.sandbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of every sandbox child JVM: {@code ParentWatch <parentPid> <mainClass> <args...>}. It starts a daemon
 * thread that ends this JVM once the parent is gone, then runs the real main class. This is what keeps brokers and
 * the registry from outliving an app (or test JVM) that was killed with SIGKILL, when no shutdown hook runs.
 *
 * <p>Runs on the child's own classpath, ahead of the broker's jars, so it must use the JDK only and compile to this
 * single class file (lambdas are fine, inner and anonymous classes are not): {@link ChildJar} packs just
 * these bytes for the child's classpath.
 */
public final class ParentWatch {

    static final long POLL_MILLIS = 500;
    /** Time for the child's own shutdown hooks (Kafka's controlled shutdown) before the JVM is halted. */
    static final long GRACE_MILLIS = 8_000;
    static final int EXIT_PARENT_GONE = 143;

    private ParentWatch() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ParentWatch <parentPid> <mainClass> [args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        // The handle remembers the parent's start time, so a recycled pid does not count as the parent.
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            System.err.println("partita sandbox: parent process " + parentPid + " is already gone");
            Runtime.getRuntime().halt(EXIT_PARENT_GONE);
        }
        Thread watcher = new Thread(() -> watch(parent.get()), "partita-parent-watch");
        watcher.setDaemon(true);
        watcher.start();

        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Polls rather than {@code onExit()}: for a non-child process the JDK itself polls, with up to 5 s gaps. */
    private static void watch(ProcessHandle parent) {
        while (parent.isAlive()) {
            sleep(POLL_MILLIS);
        }
        System.err.println("partita sandbox: parent process " + parent.pid() + " is gone; stopping");
        Thread halter = new Thread(() -> {
            sleep(GRACE_MILLIS);
            Runtime.getRuntime().halt(EXIT_PARENT_GONE);
        }, "partita-parent-watch-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(EXIT_PARENT_GONE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
