package io.partita.kafka;

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
 * Decodes and filter-tests the records of one poll. With more than one CPU and enough records, the first half goes
 * to a helper thread while the reader thread does the second (decoding is most of a browse's CPU; the consumer's
 * own work is about a tenth). Results keep the records' order. Used by one reader thread; {@link #close()} ends
 * the helper.
 */
final class PollDecoder implements AutoCloseable {

    /** Below this, handing half a poll to another thread costs more than it saves. */
    static final int PARALLEL_MIN = 256;

    private final ReadRequest request;
    private final RecordFilter filter;
    private final MessageDecoder own;
    private final MessageDecoder helpers;
    /** For a search: decoders that build only what the filter reads (null when it reads everything). */
    private final MessageDecoder ownProbe;
    private final MessageDecoder helpersProbe;
    private final ExecutorService helper;

    PollDecoder(RegistrySchemas schemas, ReadRequest request, RecordFilter filter, boolean parallel) {
        this.request = request;
        this.filter = filter;
        this.own = new MessageDecoder(schemas);
        this.helpers = new MessageDecoder(schemas);
        boolean projects = !filter.matchesAll() && !(whole(filter.keyNeeds()) && whole(filter.valueNeeds()));
        this.ownProbe = projects ? MessageDecoder.projecting(schemas, filter.keyNeeds(), filter.valueNeeds()) : null;
        this.helpersProbe = projects
                ? MessageDecoder.projecting(schemas, filter.keyNeeds(), filter.valueNeeds()) : null;
        this.helper = parallel ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "partita-decoder-" + request.topic());
            t.setDaemon(true);
            return t;
        }) : null;
    }

    private static boolean whole(io.partita.model.Projection p) {
        return p != null && p.isWhole();
    }

    static boolean worthParallel() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /** What one poll decoded to: {@code decoded[i]} and whether it passed the filter, for records[i]. */
    record Result(DecodedMessage[] decoded, boolean[] matches) {
    }

    Result decode(List<ConsumerRecord<byte[], byte[]>> records) {
        int n = records.size();
        DecodedMessage[] decoded = new DecodedMessage[n];
        boolean[] matches = new boolean[n];
        if (helper == null || n < PARALLEL_MIN) {
            decodeRange(own, ownProbe, records, decoded, matches, 0, n);
            return new Result(decoded, matches);
        }
        int mid = n / 2;
        Future<?> first = helper.submit(() -> decodeRange(helpers, helpersProbe, records, decoded, matches, 0,
                mid));
        decodeRange(own, ownProbe, records, decoded, matches, mid, n);
        try {
            first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            first.cancel(true);
            throw new IllegalStateException("interrupted while decoding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new Result(decoded, matches);
    }

    /**
     * With a probe, each record is first decoded only as far as the filter looks; matches (the ones that are shown)
     * are decoded again in full. A record the probe cannot decode is kept as the probe made it: the reason is the
     * same either way.
     */
    private void decodeRange(MessageDecoder decoder, MessageDecoder probe,
                             List<ConsumerRecord<byte[], byte[]>> records, DecodedMessage[] decoded,
                             boolean[] matches, int from, int to) {
        for (int i = from; i < to; i++) {
            KafkaMessage message = message(records.get(i));
            DecodedMessage d = (probe == null ? decoder : probe).decode(message, request.keyFormat(),
                    request.valueFormat());
            boolean match = filter.test(d);
            if (match && probe != null) {
                d = decoder.decode(message, request.keyFormat(), request.valueFormat());
            }
            decoded[i] = d;
            matches[i] = match;
        }
    }

    static KafkaMessage message(ConsumerRecord<byte[], byte[]> record) {
        List<MessageHeader> headers = new ArrayList<>(2);
        for (Header header : record.headers()) {
            headers.add(new MessageHeader(header.key(), header.value()));
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
        if (helper != null) {
            helper.shutdownNow();
        }
    }
}
