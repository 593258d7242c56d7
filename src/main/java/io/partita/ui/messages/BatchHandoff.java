package io.partita.ui.messages;

import io.partita.async.TaskRunner;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadProgress;
import java.util.List;
import java.util.function.Consumer;

/**
 * Carries records from the reader thread to the UI thread: at most one delivery in flight (the next is prepared
 * only after the UI thread applied the last) and at most one every
 * {@value #PERIOD_MILLIS} ms, however fast records arrive. What waits is capped as the table is ({@link RowBudget}: a
 * number of rows and of bytes; older records beyond it are counted as dropped, never held), so a fast topic or one of
 * large records cannot fill the heap while the UI is busy.
 * Rows are built on the reader thread from previews the decoder threads made, as columns ({@link RowColumns}: no object
 * per row waits here); the UI thread only appends. A browse's first rows come a few at a time
 * ({@link #TRICKLE_ROWS}), and the delivery that reaches the cap stops there.
 */
final class BatchHandoff implements MessageReader.Sink {

    static final long PERIOD_MILLIS = 100;
    /**
     * The first rows of a browse come a few per delivery, a frame apart, until 48 (a screenful or more) are shown. Rows
     * that go into an empty table change every shown cell from empty to filled, which the theme styles: each such
     * row costs the UI thread 3–4 ms, so a first screenful at once was a 61–92 ms pulse; a few rows per pulse are not.
     */
    static final int TRICKLE_ROWS = 48;
    static final int TRICKLE_STEP = 3;
    static final long TRICKLE_PERIOD_MILLIS = 20;

    /** What the UI thread receives. {@code dropped} counts records never shown because the cap was exceeded. */
    record Delivery(List<MessageRow> rows, long dropped, ReadProgress progress, boolean finished, String error) {
    }

    private final TaskRunner runner;
    private final RowBudget budget;
    private final Consumer<Delivery> onDelivery;
    private final RowColumns pending = new RowColumns();
    private long dropped;
    private ReadProgress progress;
    private boolean finished;
    private String error;
    private boolean scheduled;
    private boolean closed;
    private long lastDelivery;
    private int trickled;
    /** Rows handed over so far, up to the cap (the table starts empty with each browse). */
    private int shown;

    private final io.partita.model.FormatChoice keyFormat;
    private final io.partita.model.FormatChoice valueFormat;
    /** Where the rows' bytes go; on the reader thread only. */
    private final RowBytes packed = new RowBytes();

    BatchHandoff(TaskRunner runner, RowBudget budget, io.partita.model.ReadRequest request,
                 Consumer<Delivery> onDelivery) {
        this.runner = runner;
        this.budget = budget;
        this.keyFormat = request.keyFormat();
        this.valueFormat = request.valueFormat();
        this.onDelivery = onDelivery;
    }

    /** Rows keep previews only: the reader makes them on its decoder threads, with no tree for Avro records. */
    @Override
    public int previewChars() {
        return MessageRow.PREVIEW_CHARS;
    }

    @Override
    public void onBatch(List<DecodedMessage> batch, ReadProgress newProgress) {
        // Only the newest records of a batch that fit the cap and the memory budget can ever be shown: rows are not
        // even built for the others.
        int skip = Math.max(0, batch.size() - budget.rows());
        long bytes = 0;
        for (int i = batch.size() - 1; i >= skip; i--) {
            KafkaMessage m = batch.get(i).message();
            bytes += RowBytes.sizeOf(m.key(), m.value(), m.headers());
            if (bytes > budget.bytes() && i < batch.size() - 1) {
                skip = i + 1;
                break;
            }
        }
        RowColumns rows = new RowColumns(batch.size() - skip);
        for (int i = skip; i < batch.size(); i++) {
            rows.add(batch.get(i), keyFormat, valueFormat, packed);
        }
        synchronized (this) {
            dropped += skip;
            pending.addAll(rows);
            int over = 0;
            long waiting = pending.heldBytes();
            while (pending.size() - over > 1 && (pending.size() - over > budget.rows() || waiting > budget.bytes())) {
                waiting -= pending.heldBytes(over);
                over++;
            }
            pending.dropFirst(over);
            dropped += over;
            progress = newProgress;
            scheduleLocked();
        }
    }

    @Override
    public void onFinished(ReadProgress finalProgress, String failure) {
        synchronized (this) {
            progress = finalProgress;
            finished = true;
            error = failure;
            scheduleLocked();
        }
    }

    private void scheduleLocked() {
        if (!scheduled && !closed) {
            scheduled = true;
            runner.run(this::take, this::deliver, e -> onDelivery.accept(
                    new Delivery(List.of(), 0, progress, true, "showing records failed: " + e.getMessage())));
        }
    }

    /**
     * On the UI thread. The next delivery is scheduled only now, after this one was applied: a UI thread that
     * falls behind gets fewer, larger deliveries instead of a queue of them (each holding up to a cap of rows).
     */
    private void deliver(Delivery delivery) {
        onDelivery.accept(delivery);
        synchronized (this) {
            scheduled = false;
            if (delivery.finished()) {
                closed = true;
            } else if (!pending.isEmpty() || finished) {
                scheduleLocked();
            }
        }
    }

    /**
     * Runs on a worker thread: waits out the rest of the period, then takes everything pending (while the first rows
     * trickle, only the oldest few). The end of the read and its error go with the delivery that empties the queue.
     */
    private Delivery take() throws InterruptedException {
        long wait;
        synchronized (this) {
            long period = trickled < TRICKLE_ROWS ? TRICKLE_PERIOD_MILLIS : PERIOD_MILLIS;
            wait = period - (System.nanoTime() - lastDelivery) / 1_000_000L;
        }
        if (wait > 0 && lastDelivery != 0) {
            Thread.sleep(wait);
        }
        synchronized (this) {
            int count = trickled < TRICKLE_ROWS ? Math.min(TRICKLE_STEP, pending.size()) : pending.size();
            int cap = budget.rows();
            if (shown < cap) {
                // The delivery that reaches the cap stops there; the first drop from the front comes with the next.
                // One change that both grows the table and shifts every shown row makes JavaFX's table lay its
                // cells out twice in that pulse (a new row count lays out at once, then the pulse's layout).
                count = Math.min(count, cap - shown);
            }
            shown = (int) Math.min(cap, (long) shown + count);
            RowColumns rows = pending.copyOfRange(0, count);
            pending.dropFirst(count);
            trickled = (int) Math.min(TRICKLE_ROWS, (long) trickled + count);
            boolean last = pending.isEmpty();
            Delivery delivery = new Delivery(rows, dropped, progress, last && finished, last ? error : null);
            dropped = 0;
            lastDelivery = System.nanoTime();
            return delivery;
        }
    }
}
