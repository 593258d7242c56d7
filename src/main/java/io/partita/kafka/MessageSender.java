package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.ProducerSettings;
import io.partita.model.RecordSource;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces records for one connected profile and reports the outcome of every single one. The Kafka producer
 * (byte arrays in, built from {@link KafkaClientConfig#common}) is created on the first send and kept for the
 * session while the settings stay the same.
 *
 * <p>Threads: {@link #send} blocks the calling (background) thread until every record has a result; its
 * listener is called on the producer's I/O thread and must not block. One send at a time per session.
 * Time bound: handing a record waits at most max.block.ms (10 s unless the profile says otherwise); each handed
 * record gets its result within delivery.timeout.ms. {@link #close()} flushes for at most 5 s, then fails what
 * is left, which the running send reports.
 */
public final class MessageSender implements AutoCloseable {

    static final Duration CLOSE_FLUSH = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(MessageSender.class);

    private final ClusterProfile profile;
    private final Map<String, Object> common;
    private final MutationGuard guard;
    private final ReentrantLock sending = new ReentrantLock();
    private final Object producerLock = new Object();
    private Producer<byte[], byte[]> producer;
    private ProducerSettings producerSettings;
    private volatile boolean closed;

    MessageSender(ClusterProfile profile, Map<String, Object> common, MutationGuard guard) {
        this.profile = profile;
        this.common = Map.copyOf(common);
        this.guard = guard;
    }

    /** The settings a send starts from: defaults, with any the profile's client properties pin. */
    public ProducerSettings defaultSettings() {
        return ProducerSettings.fromProperties(profile.clientProperties());
    }

    /** Whether this profile may produce at all (read-only profiles may not; {@link #send} refuses them). */
    public boolean allowed() {
        return guard.allowsMutations();
    }

    /**
     * Sends every record of {@code source} and returns when each has a result. Results go to {@code listener}
     * as they arrive (one per index, none twice, none missing).
     *
     * @param ratePerSecond at most this many records per second; 0 for no limit
     * @throws ReadOnlyProfileException on a read-only profile, before anything is sent
     * @throws IllegalArgumentException when the settings are inconsistent (message says which)
     * @throws IllegalStateException when another send of this session is running
     */
    @Mutating
    public SendSummary send(RecordSource source, ProducerSettings settings, double ratePerSecond,
                            Consumer<SendResult> listener, SendControl control) {
        guard.check("produce to " + source.topic());
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("producer settings: " + String.join("; ", problems));
        }
        if (!sending.tryLock()) {
            throw new IllegalStateException("another send is running on this connection: wait for it or cancel it");
        }
        try {
            Producer<byte[], byte[]> p = producerFor(settings);
            DeliveryTracker tracker = new DeliveryTracker(listener, new DeliveryErrors.Context(source.topic(),
                    settings, ProducerProps.maxRequestSize(ProducerProps.build(common, settings))));
            Runnable forceClose = () -> forceClose(p);
            control.onAbort(forceClose);
            try {
                return new SendRun(p, source, ratePerSecond, tracker, control, () -> closed, forceClose).run();
            } finally {
                control.onAbort(null);
            }
        } finally {
            sending.unlock();
        }
    }

    /**
     * The producer configuration a send with these settings uses, every key with Kafka's value, secrets masked.
     *
     * @throws IllegalArgumentException when Kafka refuses the combination
     */
    public Map<String, String> effectiveConfig(ProducerSettings settings) {
        return ProducerProps.effective(ProducerProps.build(common, settings));
    }

    private Producer<byte[], byte[]> producerFor(ProducerSettings settings) {
        synchronized (producerLock) {
            if (closed) {
                throw new IllegalStateException("the connection is closed");
            }
            if (producer != null && settings.equals(producerSettings)) {
                return producer;
            }
            if (producer != null) {
                producer.close(CLOSE_FLUSH);
            }
            try {
                producer = new KafkaProducer<>(ProducerProps.build(common, settings));
            } catch (RuntimeException e) {
                producer = null;
                throw new KafkaOperationException("create producer: " + KafkaErrors.describe(e), e);
            }
            producerSettings = settings;
            return producer;
        }
    }

    /** Closes at once: unfinished records fail ("closed forcefully") and the next send makes a new producer. */
    private void forceClose(Producer<byte[], byte[]> p) {
        synchronized (producerLock) {
            if (producer == p) {
                producer = null;
                producerSettings = null;
            }
        }
        try {
            p.close(Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.debug("force-closing the producer failed", e);
        }
    }

    /** Flushes for at most 5 s, then fails what is left; a running send reports those records and returns. */
    @Override
    public void close() {
        closed = true;
        Producer<byte[], byte[]> p;
        synchronized (producerLock) {
            p = producer;
            producer = null;
        }
        if (p != null) {
            try {
                p.close(CLOSE_FLUSH);
            } catch (RuntimeException e) {
                LOG.debug("closing the producer failed", e);
            }
        }
    }
}
