package io.partita.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The producer settings a user may change per send. Defaults follow Kafka's own except for the timeouts: a
 * desktop tool should tell you within half a minute that a record did not make it, not after two.
 */
public record ProducerSettings(String acks, boolean idempotence, String compression, int lingerMs, int batchSize,
                               int deliveryTimeoutMs, int requestTimeoutMs, int retries, int maxInFlight) {

    public static final List<String> ACKS = List.of("all", "1", "0");
    public static final List<String> COMPRESSION = List.of("none", "gzip", "snappy", "lz4", "zstd");

    public static final String ACKS_KEY = "acks";
    public static final String IDEMPOTENCE_KEY = "enable.idempotence";
    public static final String COMPRESSION_KEY = "compression.type";
    public static final String LINGER_KEY = "linger.ms";
    public static final String BATCH_SIZE_KEY = "batch.size";
    public static final String DELIVERY_TIMEOUT_KEY = "delivery.timeout.ms";
    public static final String REQUEST_TIMEOUT_KEY = "request.timeout.ms";
    public static final String RETRIES_KEY = "retries";
    public static final String MAX_IN_FLIGHT_KEY = "max.in.flight.requests.per.connection";

    /** What each setting does, in the words shown next to it. */
    public static final Map<String, String> MEANINGS = meanings();

    public ProducerSettings {
        acks = acks == null ? "all" : acks.strip().toLowerCase(Locale.ROOT);
        if ("-1".equals(acks)) {
            acks = "all";
        }
        compression = compression == null || compression.isBlank() ? "none" : compression.strip().toLowerCase(Locale.ROOT);
    }

    public static ProducerSettings defaults() {
        return new ProducerSettings("all", true, "none", 5, 16_384, 30_000, 10_000, Integer.MAX_VALUE, 5);
    }

    /** The defaults with whatever of these settings the profile's client properties set (a profile may pin acks). */
    public static ProducerSettings fromProperties(Map<String, String> props) {
        ProducerSettings d = defaults();
        try {
            return new ProducerSettings(
                    props.getOrDefault(ACKS_KEY, d.acks()),
                    Boolean.parseBoolean(props.getOrDefault(IDEMPOTENCE_KEY, String.valueOf(d.idempotence()))),
                    props.getOrDefault(COMPRESSION_KEY, d.compression()),
                    intOr(props, LINGER_KEY, d.lingerMs()),
                    intOr(props, BATCH_SIZE_KEY, d.batchSize()),
                    intOr(props, DELIVERY_TIMEOUT_KEY, d.deliveryTimeoutMs()),
                    intOr(props, REQUEST_TIMEOUT_KEY, d.requestTimeoutMs()),
                    intOr(props, RETRIES_KEY, d.retries()),
                    intOr(props, MAX_IN_FLIGHT_KEY, d.maxInFlight()));
        } catch (NumberFormatException e) {
            return d;
        }
    }

    public ProducerSettings withAcks(String newAcks) {
        return new ProducerSettings(newAcks, idempotence, compression, lingerMs, batchSize, deliveryTimeoutMs,
                requestTimeoutMs, retries, maxInFlight);
    }

    public ProducerSettings withIdempotence(boolean on) {
        return new ProducerSettings(acks, on, compression, lingerMs, batchSize, deliveryTimeoutMs,
                requestTimeoutMs, retries, maxInFlight);
    }

    public ProducerSettings withTimeouts(int deliveryMs, int requestMs) {
        return new ProducerSettings(acks, idempotence, compression, lingerMs, batchSize, deliveryMs, requestMs,
                retries, maxInFlight);
    }

    /** The Kafka producer properties for these settings. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(ACKS_KEY, acks);
        p.put(IDEMPOTENCE_KEY, String.valueOf(idempotence));
        p.put(COMPRESSION_KEY, compression);
        p.put(LINGER_KEY, String.valueOf(lingerMs));
        p.put(BATCH_SIZE_KEY, String.valueOf(batchSize));
        p.put(DELIVERY_TIMEOUT_KEY, String.valueOf(deliveryTimeoutMs));
        p.put(REQUEST_TIMEOUT_KEY, String.valueOf(requestTimeoutMs));
        p.put(RETRIES_KEY, String.valueOf(retries));
        p.put(MAX_IN_FLIGHT_KEY, String.valueOf(maxInFlight));
        return p;
    }

    /** What Kafka would refuse (or silently make unsafe), each as a sentence; empty when the settings are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ACKS.contains(acks)) {
            problems.add("acks must be all, 1 or 0, not '" + acks + "'");
        }
        if (!COMPRESSION.contains(compression)) {
            problems.add("compression must be one of " + String.join(", ", COMPRESSION));
        }
        if (idempotence && !"all".equals(acks)) {
            problems.add("idempotence needs acks=all: choose acks=all or turn idempotence off");
        }
        if (idempotence && retries < 1) {
            problems.add("idempotence needs retries above 0");
        }
        if (idempotence && maxInFlight > 5) {
            problems.add("idempotence allows at most 5 requests in flight per connection");
        }
        if (lingerMs < 0 || batchSize < 0 || retries < 0) {
            problems.add("linger.ms, batch.size and retries cannot be negative");
        }
        if (requestTimeoutMs < 1 || maxInFlight < 1) {
            problems.add("request.timeout.ms and max.in.flight must be at least 1");
        }
        if ((long) deliveryTimeoutMs < (long) lingerMs + requestTimeoutMs) {
            problems.add("delivery.timeout.ms (" + deliveryTimeoutMs + ") must be at least linger.ms + "
                    + "request.timeout.ms (" + ((long) lingerMs + requestTimeoutMs) + ")");
        }
        return problems;
    }

    private static int intOr(Map<String, String> props, String key, int fallback) {
        String v = props.get(key);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ACKS_KEY, "How many replicas must have the record before the broker answers. all: every in-sync "
                + "replica (at least min.insync.replicas), nothing acknowledged is lost with one broker. 1: the leader "
                + "only, lost if it dies before followers copy it. 0: no answer at all, no offset, no error.");
        m.put(IDEMPOTENCE_KEY, "Retries cannot write a record twice or out of order within a partition. "
                + "Needs acks=all, retries > 0 and at most 5 requests in flight.");
        m.put(COMPRESSION_KEY, "Batches are compressed by the producer and stored compressed. Saves network and "
                + "disk for text and JSON; costs CPU on both ends.");
        m.put(LINGER_KEY, "How long the producer waits to fill a batch before sending it. Higher: bigger batches, "
                + "more throughput, a little more latency.");
        m.put(BATCH_SIZE_KEY, "Upper size in bytes of one batch per partition. A record larger than this is sent "
                + "alone; the hard limit per record is max.request.size.");
        m.put(DELIVERY_TIMEOUT_KEY, "The whole time a record may take, retries included, before it is reported "
                + "failed. If replicas are too slow or the ISR is too small, this is when you hear about it.");
        m.put(REQUEST_TIMEOUT_KEY, "How long one produce request waits for the broker's answer before it is retried.");
        m.put(RETRIES_KEY, "How often a failed request is retried (within delivery.timeout.ms). Leave it high and "
                + "bound the time with delivery.timeout.ms instead.");
        m.put(MAX_IN_FLIGHT_KEY, "Unanswered requests per broker connection. Above 1 without idempotence, a "
                + "retry may reorder records.");
        return java.util.Collections.unmodifiableMap(m);
    }
}
