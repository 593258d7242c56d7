package io.partita.kafka;

import io.partita.model.OutgoingRecord;
import io.partita.model.RecordSource;
import io.partita.model.SendSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * One send on the calling thread: hand records to the producer (paced, stoppable), flush, then sweep whatever is
 * still unanswered into the report. Runs once.
 */
final class SendRun {

    private static final String UNANSWERED = "The producer was closed before the broker answered (cancel, "
            + "disconnect or exit). The record may or may not have been written: consume the partition to check.";

    private final Producer<byte[], byte[]> producer;
    private final RecordSource source;
    private final double ratePerSecond;
    private final DeliveryTracker tracker;
    private final SendControl control;
    private final BooleanSupplier senderClosed;
    private final Runnable forceClose;
    private boolean interrupted;

    SendRun(Producer<byte[], byte[]> producer, RecordSource source, double ratePerSecond, DeliveryTracker tracker,
            SendControl control, BooleanSupplier senderClosed, Runnable forceClose) {
        this.producer = producer;
        this.source = source;
        this.ratePerSecond = ratePerSecond;
        this.tracker = tracker;
        this.control = control;
        this.senderClosed = senderClosed;
        this.forceClose = forceClose;
    }

    SendSummary run() {
        long start = System.nanoTime();
        long count = source.count();
        long i = 0;
        String stop = null;
        for (; i < count; i++) {
            stop = stopReason();
            if (stop == null && !pace(start, i)) {
                stop = stopReason() == null ? "interrupted" : stopReason();
            }
            if (stop != null) {
                break;
            }
            sendOne(i);
        }
        for (long j = i; j < count; j++) {
            tracker.skipped(j, stop);
        }
        finish();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new SendSummary(count, tracker.delivered(), tracker.failed(), tracker.notSentCount(),
                Duration.ofNanos(System.nanoTime() - start), stop);
    }

    private void sendOne(long i) {
        OutgoingRecord record;
        try {
            record = source.record(i);
        } catch (RuntimeException e) {
            tracker.notSent(i, null, e, "The input for this record did not encode, so it was not sent: fix the "
                    + "part named in the message.");
            return;
        }
        Callback callback = tracker.handing(i, record.partition());
        try {
            producer.send(toKafka(record), callback);
        } catch (InterruptException e) {
            Thread.interrupted();
            interrupted = true;
            tracker.refused(i, record.partition(), e, "Interrupted while the producer waited for room or metadata: "
                    + "not sent.");
        } catch (RuntimeException e) {
            tracker.refused(i, record.partition(), e, null);
        }
    }

    /** Lets every handed record finish (bounded by delivery.timeout.ms), or closes at once when aborted. */
    private void finish() {
        if (interrupted || control.isAborted()) {
            forceClose.run();
        } else if (!senderClosed.getAsBoolean()) {
            try {
                producer.flush();
            } catch (InterruptException e) {
                Thread.interrupted();
                interrupted = true;
                forceClose.run();
            } catch (IllegalStateException closedMeanwhile) {
                // The session closed the producer: its close flushed and failed what was left.
            }
        }
        awaitCallbacks(Duration.ofSeconds(2));
        tracker.sweep(UNANSWERED);
    }

    private void awaitCallbacks(Duration bound) {
        long until = System.nanoTime() + bound.toNanos();
        while (tracker.pending() > 0 && System.nanoTime() < until) {
            LockSupport.parkNanos(5_000_000);
        }
    }

    private String stopReason() {
        if (control.isCancelled()) {
            return "cancelled";
        }
        if (senderClosed.getAsBoolean()) {
            return "the connection was closed";
        }
        Throwable fatal = tracker.fatal();
        if (fatal != null) {
            return "stopped after " + fatal.getClass().getSimpleName() + ": " + fatal.getMessage();
        }
        return null;
    }

    /** Waits until record {@code i} is due; small leads are not waited for, so the average rate holds. */
    private boolean pace(long start, long i) {
        if (ratePerSecond <= 0) {
            return true;
        }
        long due = start + (long) (i * 1_000_000_000d / ratePerSecond);
        while (true) {
            long wait = due - System.nanoTime();
            if (wait <= 1_000_000) {
                return true;
            }
            if (stopReason() != null) {
                return false;
            }
            LockSupport.parkNanos(Math.min(wait, 100_000_000));
            if (Thread.interrupted()) {
                interrupted = true;
                return false;
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> toKafka(OutgoingRecord r) {
        List<Header> headers = new ArrayList<>(r.headers().size());
        for (OutgoingRecord.Header h : r.headers()) {
            headers.add(new RecordHeader(h.key(), h.value()));
        }
        return new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(), r.value(), headers);
    }
}
