package io.partita.kafka;

import io.partita.async.StreamThreads;
import io.partita.filter.RecordFilter;
import io.partita.model.DecodedMessage;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.schema.MessageDecoder;
import io.partita.schema.RegistrySchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browse of a topic on its own thread: a byte-array consumer, assigned and sought (never subscribed, never
 * committing), decoding each record with a {@link MessageDecoder} and handing them to the {@link Sink} in
 * batches (every {@value #FLUSH_MILLIS} ms or {@value #MAX_BATCH} records, whichever comes first).
 * {@link #stop()} wakes the consumer from any thread; the sink's {@link Sink#onFinished} is then called exactly
 * once, from the reader thread. Memory held by the reader is one batch. With a {@link RecordFilter} (a search)
 * every record in range is decoded and tested, only matches reach the sink, and the progress counts both.
 */
public final class MessageReader {

    private static final Logger LOG = LoggerFactory.getLogger(MessageReader.class);
    static final long FLUSH_MILLIS = 100;
    static final int MAX_BATCH = 5_000;
    private static final Duration POLL = Duration.ofMillis(200);

    /** Receives the records; called on the reader thread, so it must not block for long. */
    public interface Sink {
        void onBatch(List<DecodedMessage> batch, ReadProgress progress);

        /** @param error null when the browse ended normally (stop condition, count, or {@link #stop()}) */
        void onFinished(ReadProgress progress, String error);

        /**
         * A sink that only shows the records as rows says how many characters of each key and value it keeps: the
         * records then come as {@link io.partita.model.DecodedValue.Preview}s, made on the decoder threads with no
         * tree for Avro records. 0 (the default) hands out whole trees.
         */
        default int previewChars() {
            return 0;
        }
    }

    private final Map<String, Object> config;
    private final RegistrySchemas schemas;
    private final ReadRequest request;
    private final RecordFilter filter;
    private final Sink sink;
    private final Duration timeout;
    /** How long a poll waits for records when nothing is being decoded. */
    private final Duration poll;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ReadTimings timings = new ReadTimings();
    /** Where a consumer is kept between reads (null: each read makes and closes its own). */
    private final IdleConsumer idle;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean stopped;

    private MessageReader(Map<String, Object> config, RegistrySchemas schemas, ReadRequest request,
                          RecordFilter filter, Sink sink, Duration timeout, Duration poll, IdleConsumer idle) {
        this.config = config;
        this.idle = idle;
        this.schemas = schemas;
        this.request = request;
        this.filter = filter == null ? RecordFilter.ALL : filter;
        this.sink = sink;
        this.timeout = timeout;
        this.poll = poll;
    }

    /**
     * Starts reading at once on a new daemon thread.
     *
     * @param consumerConfig client properties (bootstrap, security); deserializers and offsets are set here
     * @param timeout        bound on each metadata call (partitions, offsets, committed positions)
     */
    public static MessageReader start(Map<String, Object> consumerConfig, RegistrySchemas schemas,
                                      ReadRequest request, Sink sink, Duration timeout) {
        return start(consumerConfig, schemas, request, RecordFilter.ALL, sink, timeout);
    }

    /** Starts a search at once on a new daemon thread: {@link ReadRequest#maxMessages()} then counts matches. */
    public static MessageReader start(Map<String, Object> consumerConfig, RegistrySchemas schemas,
                                      ReadRequest request, RecordFilter filter, Sink sink, Duration timeout) {
        return start(consumerConfig, schemas, request, filter, sink, timeout, POLL, null);
    }

    /** A read of a session, which keeps a consumer between its reads. */
    static MessageReader start(Map<String, Object> consumerConfig, RegistrySchemas schemas, ReadRequest request,
                               RecordFilter filter, Sink sink, Duration timeout, IdleConsumer idle) {
        return start(consumerConfig, schemas, request, filter, sink, timeout, POLL, idle);
    }

    /** As above, with the wait of a poll when nothing is being decoded (tests make it long). */
    static MessageReader start(Map<String, Object> consumerConfig, RegistrySchemas schemas, ReadRequest request,
                               RecordFilter filter, Sink sink, Duration timeout, Duration poll, IdleConsumer idle) {
        MessageReader reader = new MessageReader(ReaderConfig.of(consumerConfig, request, timeout), schemas, request,
                filter, sink, timeout, poll, idle);
        StreamThreads.create(reader::run, "partita-reader-" + request.topic()).start();
        return reader;
    }

    /** Asks the reader to stop; returns at once. Safe to call more than once, from any thread. */
    public void stop() {
        stopped = true;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Waits until {@link Sink#onFinished} has been called; false when {@code wait} ran out first. */
    public boolean awaitFinished(Duration wait) throws InterruptedException {
        return finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        Loop loop = null;
        String error = null;
        KafkaConsumer<byte[], byte[]> c = null;
        prefetchSchemas();
        try {
            c = idle == null ? null : idle.take(config);
            if (c == null) {
                c = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            }
            consumer = c;
            timings.created();
            if (!stopped) {
                ReadPlan plan = ReadPlan.make(c, request, timeout);
                timings.planned();
                loop = new Loop(plan);
                loop.read(c);
            }
        } catch (WakeupException e) {
            // stop() was called: a normal end.
        } catch (RuntimeException e) {
            error = stopped ? null : "reading " + request.topic() + " failed: "
                    + KafkaErrors.describe(e, "read topic " + request.topic());
        } finally {
            consumer = null;
            // stop() sets the flag before it wakes the consumer it still saw: a consumer it may have woken is not kept.
            if (idle != null && c != null && error == null && !stopped) {
                idle.keep(config, c);
            } else {
                close(c);
            }
            finish(loop, error);
            if (LOG.isDebugEnabled() && loop != null) {
                LOG.debug("read of {}: {}", request.topic(), timings.describe(loop.read));
            }
        }
    }

    /**
     * The schemas the records will most likely need are looked up while the consumer connects and the offsets are
     * found, on a thread of their own: the first records then decode without waiting for the registry.
     */
    private void prefetchSchemas() {
        if (schemas == null || !schemas.hasRegistry()) {
            return;
        }
        StreamThreads.create(() -> {
            schemas.prefetch(request.valueFormat(), request.topic() + "-value");
            schemas.prefetch(request.keyFormat(), null);
        }, "partita-schemas-" + request.topic()).start();
    }

    /**
     * Closes without waiting: a reader commits nothing and joins no group, and a graceful close waited for the fetch
     * still parked at the broker (fetch.max.wait.ms, 500 ms) at the end of every read, a third of a 1M-record search.
     */
    static void close(KafkaConsumer<byte[], byte[]> c) {
        if (c == null) {
            return;
        }
        try {
            c.close(CloseOptions.timeout(Duration.ZERO));
        } catch (RuntimeException e) {
            // Nothing was committed and nothing is lost; the sockets are closed either way.
        }
    }

    private void finish(Loop loop, String error) {
        try {
            ReadProgress progress = loop == null
                    ? new ReadProgress(request.topic(), List.of(), 0, 0, true, List.of())
                    : loop.finalProgress();
            sink.onFinished(progress, error);
        } finally {
            finished.countDown();
        }
    }

    /** The poll loop of one browse and its counters; lives on the reader thread only. */
    private final class Loop {
        private final ReadPlan plan;
        private final PollDecoder decoder = new PollDecoder(schemas, request, filter, sink.previewChars(),
                PollDecoder.worthParallel());
        private final Map<TopicPartition, Long> positions = new HashMap<>();
        private final Map<TopicPartition, long[]> matches = new HashMap<>();
        private final List<TopicPartition> active = new ArrayList<>();
        private List<DecodedMessage> batch = new ArrayList<>(MAX_BATCH);
        private long lastFlush = System.nanoTime();
        private long read;
        private long matched;
        /** Said once a record could not be decoded for want of the registry. */
        private String registryNote;
        private long failed;

        Loop(ReadPlan plan) {
            this.plan = plan;
            plan.ranges().values().forEach(r -> {
                positions.put(r.partition(), r.start());
                if (r.stop() < 0 || r.start() < r.stop()) {
                    active.add(r.partition());
                }
            });
        }

        /**
         * Fetching and decoding overlap: while the decoder threads work on one poll, this thread fetches the next;
         * results are counted and handed out strictly in poll order, each with the consumer positions seen right
         * after its poll (so progress never claims records still being decoded).
         */
        void read(KafkaConsumer<byte[], byte[]> c) {
            c.assign(active);
            active.forEach(tp -> c.seek(tp, positions.get(tp)));
            try (decoder) {
                Step inFlight = null;
                while (!stopped && !active.isEmpty() && !limitReached()) {
                    // While a poll is being decoded, take only what the consumer already holds: when that is nothing
                    // (the read caught up, as a live tail mostly is), the decoded records go out now, not after the
                    // next poll has waited for more.
                    ConsumerRecords<byte[], byte[]> records = c.poll(inFlight == null ? poll : Duration.ZERO);
                    if (!records.isEmpty()) {
                        timings.records();
                    }
                    Step step = submit(records, inFlight == null ? 0 : inFlight.pending().size(), c);
                    if (inFlight != null) {
                        account(inFlight);
                    }
                    inFlight = step;
                    boolean caughtUp = records.isEmpty();
                    if (caughtUp) {
                        account(inFlight);
                        inFlight = null;
                    }
                    if (batch.size() >= MAX_BATCH || caughtUp && !batch.isEmpty()
                            || System.nanoTime() - lastFlush >= FLUSH_MILLIS * 1_000_000L) {
                        flush();
                    }
                }
                if (inFlight != null && !stopped) {
                    account(inFlight);
                }
            }
            flush();
        }

        /** One poll on its way: the decoding, the partitions in the order handed out, and the positions after it. */
        private record Step(PollDecoder.Pending pending, List<TopicPartition> order, int[] ends,
                            Map<TopicPartition, Long> positionsAfter) {
        }

        /** Picks the records in range (in partition and offset order) and starts decoding them. */
        private Step submit(ConsumerRecords<byte[], byte[]> records, int inFlight, KafkaConsumer<byte[], byte[]> c) {
            List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(records.count());
            List<TopicPartition> order = new ArrayList<>(records.partitions());
            int[] ends = new int[order.size()];
            for (int p = 0; p < order.size(); p++) {
                ReadPlan.Range range = plan.ranges().get(order.get(p));
                for (ConsumerRecord<byte[], byte[]> record : records.records(order.get(p))) {
                    // Records past a partition's stop offset are never decoded.
                    if (range.stop() < 0 || record.offset() < range.stop()) {
                        all.add(record);
                    }
                }
                ends[p] = all.size();
            }
            List<ConsumerRecord<byte[], byte[]>> wanted = all;
            if (request.maxMessages() > 0 && filter.matchesAll()) {
                // A browse with a limit decodes no more than it can still hand out.
                long room = Math.max(0, request.maxMessages() - matched - inFlight);
                wanted = all.subList(0, (int) Math.min(all.size(), room));
            }
            return new Step(decoder.submit(wanted), order, ends, positionsAfterPoll(c));
        }

        /** Counts a decoded poll and hands out its matches, then moves the positions to where the poll left them. */
        private void account(Step step) {
            PollDecoder.Result result = step.pending().await();
            int from = 0;
            int size = result.decoded().length;
            boolean complete = true;
            for (int p = 0; p < step.order().size(); p++) {
                int to = Math.min(step.ends()[p], size);
                complete &= account(result, from, to, plan.ranges().get(step.order().get(p)));
                complete &= to == step.ends()[p];
                from = step.ends()[p];
            }
            if (complete) {
                step.positionsAfter().forEach((tp, position) -> positions.merge(tp, position, Math::max));
            }
        }

        /** @return false when the limit cut the range short */
        private boolean account(PollDecoder.Result result, int from, int to, ReadPlan.Range range) {
            long[] partitionMatches = matches.computeIfAbsent(range.partition(), p -> new long[1]);
            // Only the decoders' flags are read per record: the records and decoded values were last touched on
            // other cores.
            boolean[] failures = result.failed();
            boolean[] hits = result.matches();
            int i = from;
            for (; i < to && !limitReached(); i++) {
                read++;
                if (failures[i]) {
                    failed++;
                    registryNote = registryNote != null ? registryNote : RegistryNote.of(result.decoded()[i]);
                }
                if (hits[i]) {
                    batch.add(result.decoded()[i]);
                    matched++;
                    partitionMatches[0]++;
                }
            }
            if (i > from) {
                positions.merge(range.partition(), result.records().get(i - 1).offset() + 1, Math::max);
            }
            return i == to;
        }

        /**
         * The consumer's positions right after a poll (they count transaction markers and compacted gaps the
         * records do not show); partitions that reached their stop offset are paused and leave the active set.
         */
        private Map<TopicPartition, Long> positionsAfterPoll(KafkaConsumer<byte[], byte[]> c) {
            Map<TopicPartition, Long> after = new HashMap<>();
            for (int i = active.size() - 1; i >= 0; i--) {
                TopicPartition tp = active.get(i);
                ReadPlan.Range range = plan.ranges().get(tp);
                long position = Math.min(c.position(tp, timeout), range.stop() < 0 ? Long.MAX_VALUE : range.stop());
                after.put(tp, position);
                if (range.stop() >= 0 && position >= range.stop()) {
                    c.pause(List.of(tp));
                    active.remove(i);
                }
            }
            return after;
        }

        private boolean limitReached() {
            return request.maxMessages() > 0 && matched >= request.maxMessages();
        }

        private void flush() {
            lastFlush = System.nanoTime();
            if (batch.isEmpty()) {
                return;
            }
            timings.handedOut();
            List<DecodedMessage> out = batch;
            batch = new ArrayList<>(MAX_BATCH);
            sink.onBatch(out, progress(false));
        }

        ReadProgress finalProgress() {
            flush();
            return progress(true);
        }

        private ReadProgress progress(boolean finished) {
            return RegistryNote.with(plan.progress(request.topic(), positions, matches, read, matched, failed,
                    finished), registryNote);
        }
    }
}
