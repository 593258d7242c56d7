package io.partita.async;

/**
 * Threads that stream records (a browse's reader and its decoders): they can keep both cores busy for seconds, so they
 * run at the lowest Java priority and the UI thread, the renderer and the JIT win a contended CPU. The packaged
 * runtime maps that priority to nice 10 on Linux ({@code -XX:ThreadPriorityPolicy=1
 * -XX:JavaPriority1_To_OSPriority=10}, set in the jlinked image so no warning is printed); Windows maps it to its
 * lowest thread priority itself; elsewhere, or on a plain {@code java -jar}, the priority is a hint the OS ignores.
 * A stream alone on the CPU runs as fast as before: a nice value only decides who waits when cores are short.
 */
public final class StreamThreads {

    private StreamThreads() {
    }

    /** An unstarted daemon thread at {@link Thread#MIN_PRIORITY}. */
    public static Thread create(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }
}
