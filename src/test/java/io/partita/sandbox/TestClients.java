package io.partita.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka and HTTP calls the sandbox tests make against a running sandbox; every call is bounded. */
final class TestClients {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SCHEMA_JSON = "application/vnd.schemaregistry.v1+json";

    private TestClients() {
    }

    static Admin admin(String bootstrap) {
        return Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 10_000,
                "default.api.timeout.ms", 20_000));
    }

    static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "max.block.ms", (int) TIMEOUT.toMillis(), "delivery.timeout.ms", (int) TIMEOUT.toMillis(),
                "request.timeout.ms", 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** "key=value" of every record in partition 0, read from the start until {@code expected} are seen. */
    static List<String> readPartitionZero(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false,
                "request.timeout.ms", 10_000, "default.api.timeout.ms", (int) TIMEOUT.toMillis());
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = System.nanoTime() + TIMEOUT.toNanos();
            while (seen.size() < expected && System.nanoTime() < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }

    static HttpResponse<String> registryPost(String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", SCHEMA_JSON).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> registryGet(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
}
