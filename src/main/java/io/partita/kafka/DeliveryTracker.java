package io.partita.kafka;

import io.partita.model.SendResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every record of one send into exactly one {@link SendResult}: a record is registered before it is handed
 * to the producer and removed by the first outcome (callback, exception from send, or the final sweep), so none
 * is reported twice and none is lost. Callbacks run on the producer's I/O thread: they only count and hand the
 * result to the listener, which must not block.
 */
final class DeliveryTracker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryTracker.class);

    private final Consumer<SendResult> listener;
    private final DeliveryErrors.Context context;
    private final Map<Long, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notSent = new AtomicLong();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    DeliveryTracker(Consumer<SendResult> listener, DeliveryErrors.Context context) {
        this.listener = listener;
        this.context = context;
    }

    /** Registers a record about to be handed to the producer and returns its callback. */
    Callback handing(long index, Integer partition) {
        inFlight.put(index, partition == null ? -1 : partition);
        return (metadata, error) -> completed(index, metadata, error);
    }

    void completed(long index, RecordMetadata metadata, Exception error) {
        Integer partition = inFlight.remove(index);
        if (partition == null) {
            return;
        }
        if (error == null) {
            delivered.incrementAndGet();
            long ts = metadata.timestamp();
            emit(new SendResult.Delivered(index, metadata.partition(), metadata.offset(),
                    ts < 0 ? null : Instant.ofEpochMilli(ts)));
            return;
        }
        int p = metadata != null && metadata.partition() >= 0 ? metadata.partition() : partition;
        failed.incrementAndGet();
        if (DeliveryErrors.dooms(error)) {
            fatal.compareAndSet(null, error);
        }
        emit(new SendResult.Failed(index, p, error.getClass().getSimpleName(), message(error),
                DeliveryErrors.explain(error, context), true));
    }

    /** A record whose input did not encode: it never reached the producer. */
    void notSent(long index, Integer partition, Throwable error, String explanation) {
        notSent.incrementAndGet();
        emit(new SendResult.Failed(index, partition == null ? -1 : partition, error.getClass().getSimpleName(),
                message(error), explanation, false));
    }

    /**
     * The producer threw instead of taking the record (closed, interrupted): not sent. Ignored when the record's
     * callback already reported it.
     */
    void refused(long index, Integer partition, Throwable error, String explanation) {
        if (inFlight.remove(index) == null) {
            return;
        }
        notSent.incrementAndGet();
        if (DeliveryErrors.dooms(error)) {
            fatal.compareAndSet(null, error);
        }
        emit(new SendResult.Failed(index, partition == null ? -1 : partition, error.getClass().getSimpleName(),
                message(error), explanation != null ? explanation : DeliveryErrors.explain(error, context), false));
    }

    /** A record never handed to the producer because the send stopped before it. */
    void skipped(long index, String reason) {
        notSent.incrementAndGet();
        emit(new SendResult.Failed(index, -1, "NotSent", reason, "The send stopped before this record; it was "
                + "not sent.", false));
    }

    /** Reports every record still without an outcome (after flush and close): the last word on each. */
    void sweep(String explanation) {
        List<Long> left = new ArrayList<>(inFlight.keySet());
        left.sort(null);
        for (Long index : left) {
            Integer partition = inFlight.remove(index);
            if (partition != null) {
                failed.incrementAndGet();
                emit(new SendResult.Failed(index, partition, "Unconfirmed", "no answer from the broker",
                        explanation, true));
            }
        }
    }

    int pending() {
        return inFlight.size();
    }

    Throwable fatal() {
        return fatal.get();
    }

    long delivered() {
        return delivered.get();
    }

    long failed() {
        return failed.get();
    }

    long notSentCount() {
        return notSent.get();
    }

    private void emit(SendResult result) {
        try {
            listener.accept(result);
        } catch (RuntimeException e) {
            // The listener belongs to the caller; its bug must not break the producer's I/O thread.
            LOG.warn("send listener failed on record {}", result.index(), e);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
