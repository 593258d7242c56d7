package io.partita.kafka;

import io.partita.async.StreamThreads;
import io.partita.filter.RecordFilter;
import io.partita.model.DecodedMessage;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.ReadRequest;
import io.partita.schema.MessageDecoder;
import io.partita.schema.RegistrySchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Decodes and filter-tests the records of one poll, off the reader thread when there is more than one CPU: a
 * poll's records are split between two decoder threads while the reader thread already fetches the next poll
 * (decoding is most of a browse's CPU, the consumer's own work about a fifth). Results keep the records' order.
 * With one CPU everything runs on the caller's thread. Used by one reader thread; {@link #close()} ends the
 * workers.
 */
final class PollDecoder implements AutoCloseable {

    /** Below this, splitting a poll between two threads costs more than it saves. */
    static final int PARALLEL_MIN = 256;

    private final ReadRequest request;
    private final RecordFilter filter;
    private final MessageDecoder[] decoders = new MessageDecoder[2];
    /** For a search: decoders that build only what the filter reads (null when it reads everything). */
    private final MessageDecoder[] probes = new MessageDecoder[2];
    private final ExecutorService[] workers;
    /** The sink's preview length: matches are handed out as previews of this length; 0 = as trees. */
    private final int previewChars;

    PollDecoder(RegistrySchemas schemas, ReadRequest request, RecordFilter filter, int previewChars,
                boolean parallel) {
        this.request = request;
        this.filter = filter;
        this.previewChars = previewChars;
        boolean projects = !filter.matchesAll() && !(whole(filter.keyNeeds()) && whole(filter.valueNeeds()));
        for (int i = 0; i < 2; i++) {
            decoders[i] = new MessageDecoder(schemas);
            probes[i] = projects ? MessageDecoder.projecting(schemas, filter.keyNeeds(), filter.valueNeeds()) : null;
        }
        this.workers = parallel ? new ExecutorService[] {worker(request, 0), worker(request, 1)} : null;
    }

    private static ExecutorService worker(ReadRequest request, int n) {
        return Executors.newSingleThreadExecutor(
                r -> StreamThreads.create(r, "partita-decoder-" + n + "-" + request.topic()));
    }

    private static boolean whole(io.partita.model.Projection p) {
        return p != null && p.isWhole();
    }

    static boolean worthParallel() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /** What one poll decoded to, for records[i]: {@code decoded[i]}, whether it matched, whether it failed. */
    record Result(List<ConsumerRecord<byte[], byte[]>> records, DecodedMessage[] decoded, boolean[] matches,
                  boolean[] failed) {
    }

    /** A poll being decoded. */
    interface Pending {
        /** Waits for the poll's result (at once when it was decoded on the caller's thread). */
        Result await();

        int size();
    }

    /** Starts decoding a poll: on the workers when there are any (returns at once), else right here. */
    Pending submit(List<ConsumerRecord<byte[], byte[]>> records) {
        int n = records.size();
        Result result = new Result(records, new DecodedMessage[n], new boolean[n], new boolean[n]);
        if (workers == null) {
            decodeRange(decoders[0], probes[0], result, 0, n);
            return new Done(result);
        }
        int mid = n < PARALLEL_MIN ? n : n / 2;
        Future<?> first = workers[0].submit(() -> decodeRange(decoders[0], probes[0], result, 0, mid));
        Future<?> second = mid == n ? null : workers[1].submit(() -> decodeRange(decoders[1], probes[1], result,
                mid, n));
        return new Pending() {
            @Override
            public Result await() {
                join(first);
                if (second != null) {
                    join(second);
                }
                return result;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    private record Done(Result result) implements Pending {
        @Override
        public Result await() {
            return result;
        }

        @Override
        public int size() {
            return result.decoded().length;
        }
    }

    private static void join(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("interrupted while decoding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Without a filter each record is decoded once, into what the sink takes (a tree or a preview). With a filter
     * and a probe, each record is first decoded only as far as the filter looks; matches (the ones that are shown)
     * are decoded again in full. A record the probe cannot decode is kept as the probe made it: the reason is the
     * same either way.
     */
    private void decodeRange(MessageDecoder decoder, MessageDecoder probe, Result result, int from, int to) {
        List<ConsumerRecord<byte[], byte[]>> records = result.records();
        DecodedMessage[] decoded = result.decoded();
        boolean[] matches = result.matches();
        boolean[] failed = result.failed();
        boolean all = filter.matchesAll();
        for (int i = from; i < to; i++) {
            KafkaMessage message = message(records.get(i));
            if (all) {
                decoded[i] = shown(decoder, message);
                matches[i] = true;
                failed[i] = decoded[i].failed();
                continue;
            }
            DecodedMessage d = (probe == null ? decoder : probe).decode(message, request.keyFormat(),
                    request.valueFormat());
            boolean match = filter.test(d);
            if (match && probe != null) {
                d = shown(decoder, message);
            } else if (match && previewChars > 0) {
                d = io.partita.schema.Previews.of(d, previewChars);
            }
            decoded[i] = d;
            matches[i] = match;
            failed[i] = d.failed();
        }
    }

    /** A record decoded into what the sink takes. */
    private DecodedMessage shown(MessageDecoder decoder, KafkaMessage message) {
        return previewChars > 0
                ? decoder.preview(message, request.keyFormat(), request.valueFormat(), previewChars)
                : decoder.decode(message, request.keyFormat(), request.valueFormat());
    }

    static KafkaMessage message(ConsumerRecord<byte[], byte[]> record) {
        Header[] raw = record.headers().toArray();
        List<MessageHeader> headers;
        if (raw.length == 0) {
            headers = List.of(); // most records: nothing to copy, and KafkaMessage keeps this one as it is
        } else {
            headers = new ArrayList<>(raw.length);
            for (Header header : raw) {
                headers.add(new MessageHeader(header.key(), header.value()));
            }
        }
        return new KafkaMessage(record.topic(), record.partition(), record.offset(), record.timestamp(),
                timestampType(record.timestampType()), record.key(), record.value(), headers);
    }

    private static KafkaMessage.TimestampType timestampType(org.apache.kafka.common.record.TimestampType type) {
        return switch (type) {
            case CREATE_TIME -> KafkaMessage.TimestampType.CREATE_TIME;
            case LOG_APPEND_TIME -> KafkaMessage.TimestampType.LOG_APPEND_TIME;
            default -> KafkaMessage.TimestampType.NONE;
        };
    }

    @Override
    public void close() {
        if (workers != null) {
            for (ExecutorService worker : workers) {
                worker.shutdownNow();
            }
        }
    }
}
