package io.partita.kafka;

import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test topics and records on a real cluster, and a sink that collects what a browse reads. */
public final class MessageTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MessageTopics() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void create(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 10_000,
                "default.api.timeout.ms", 20_000))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // As the app does: a producer writing before the logs exist could lose a partition for good.
            TopicMutations.awaitHosted(admin, topic, partitions, Duration.ofSeconds(30));
        }
    }

    /** A record to produce: partition, key, value, timestamp (null = now). */
    public record Out(int partition, byte[] key, byte[] value, Long timestamp,
                      List<org.apache.kafka.common.header.Header> headers) {
        public Out(int partition, byte[] key, byte[] value, Long timestamp) {
            this(partition, key, value, timestamp, List.of());
        }
    }

    public static void produce(String bootstrap, String topic, List<Out> records) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", 5,
                "batch.size", 262_144,
                "max.block.ms", (int) TIMEOUT.toMillis(), "delivery.timeout.ms", (int) TIMEOUT.toMillis(),
                "request.timeout.ms", 10_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
            for (Out r : records) {
                sends.add(producer.send(new ProducerRecord<>(topic, r.partition(), r.timestamp(), r.key(), r.value(),
                        r.headers())));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> send : sends) {
                send.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** Collects every batch; {@link #await} waits for the end of the browse. */
    public static final class Collector implements MessageReader.Sink {
        public final List<DecodedMessage> messages = Collections.synchronizedList(new ArrayList<>());
        public final AtomicReference<ReadProgress> finished = new AtomicReference<>();
        public final AtomicReference<String> error = new AtomicReference<>();
        public volatile int batches;
        private final int previewChars;

        /** A sink that takes whole trees. */
        public Collector() {
            this(0);
        }

        /** A sink that takes previews of this length, as the messages table does. */
        public Collector(int previewChars) {
            this.previewChars = previewChars;
        }

        @Override
        public int previewChars() {
            return previewChars;
        }

        @Override
        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
            messages.addAll(batch);
            batches++;
        }

        @Override
        public void onFinished(ReadProgress progress, String failure) {
            error.set(failure);
            finished.set(progress);
        }

        /** The values as UTF-8 text, sorted. */
        public List<String> sortedValues() {
            synchronized (messages) {
                return messages.stream().map(m -> new String(m.message().value(), StandardCharsets.UTF_8)).sorted()
                        .toList();
            }
        }

        public Optional<String> errorText() {
            return Optional.ofNullable(error.get());
        }

        /** Waits until at least {@code count} messages arrived (bounded). */
        public void awaitCount(int count, Duration wait) throws InterruptedException {
            long end = System.nanoTime() + wait.toNanos();
            while (messages.size() < count && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        }
    }
}
