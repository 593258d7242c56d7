package io.partita.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The consumer of a read that ended on its own, kept for the session's next read with the same settings: a new
 * consumer connects again (the bootstrap server, its metadata, then each partition leader; with TLS and SASL each
 * connection is several round trips), a kept one is connected. One consumer is kept, never one that was stopped
 * (a wake-up may still be pending in it) or one that read a group's committed offsets. It is handed out only once the
 * fetch it may have left parked at a broker has come back ({@code fetch.max.wait.ms}): until then a consumer sends
 * that broker no other fetch, so the next read would wait for it. Closed with the session. Thread-safe.
 */
final class IdleConsumer implements AutoCloseable {

    private static final long MARGIN_NANOS = 100_000_000L;
    private Map<String, Object> config;
    private KafkaConsumer<byte[], byte[]> consumer;
    private long since;
    private boolean closed;
    private int reused;

    /** The kept consumer when it was made with {@code wanted} and has settled, else null (make a new one). */
    synchronized KafkaConsumer<byte[], byte[]> take(Map<String, Object> wanted) {
        if (consumer == null || !config.equals(wanted) || System.nanoTime() - since < settleNanos(config)) {
            return null;
        }
        KafkaConsumer<byte[], byte[]> taken = consumer;
        consumer = null;
        config = null;
        reused++;
        return taken;
    }

    /**
     * Keeps {@code ended} (its partitions unassigned) for the next read; the consumer kept before is closed, as is
     * {@code ended} when it cannot be kept. Called on the thread that read with it.
     */
    void keep(Map<String, Object> settings, KafkaConsumer<byte[], byte[]> ended) {
        KafkaConsumer<byte[], byte[]> dropped = ended;
        if (!settings.containsKey("group.id")) {
            try {
                ended.unsubscribe(); // with assign(), drops the assignment
                synchronized (this) {
                    if (!closed) {
                        dropped = consumer;
                        consumer = ended;
                        config = settings;
                        since = System.nanoTime();
                    }
                }
            } catch (RuntimeException e) {
                dropped = ended;
            }
        }
        MessageReader.close(dropped);
    }

    /** Whether a consumer is kept (for tests). */
    synchronized boolean holding() {
        return consumer != null;
    }

    /** How many reads took a kept consumer (for tests). */
    synchronized int reused() {
        return reused;
    }

    @Override
    public void close() {
        KafkaConsumer<byte[], byte[]> kept;
        synchronized (this) {
            closed = true;
            kept = consumer;
            consumer = null;
            config = null;
        }
        MessageReader.close(kept);
    }

    private static long settleNanos(Map<String, Object> config) {
        Object wait = config.get("fetch.max.wait.ms");
        long millis = 500;
        if (wait != null) {
            try {
                millis = Long.parseLong(wait.toString().trim());
            } catch (NumberFormatException e) {
                // The consumer would have refused it; keep Kafka's default.
            }
        }
        return Duration.ofMillis(millis).toNanos() + MARGIN_NANOS;
    }
}
