package io.partita.bench;

import io.partita.filter.RecordFilter;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StopCondition;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * How late a live tail hands out a record: a reader follows a 2-partition topic while a producer sends one record
 * every 250 ms (and every 10th time a burst of 50); for each record, the time from its create timestamp to the
 * reader's sink. Prints median, p90 and longest over 200 records. Args: records (default 200).
 */
public final class LiveTailProbe {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, false, false, null, false), s -> { });
             ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = "bench.tail";
            MessageTopics.create(sandbox.bootstrapServers(), topic, 2);
            List<Long> lateness = java.util.Collections.synchronizedList(new ArrayList<>());
            MessageReader reader = session.search(ReadRequest.wholeTopic(topic).withStop(StopCondition.NEVER),
                    RecordFilter.ALL, new MessageReader.Sink() {
                        @Override
                        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                            long now = System.currentTimeMillis();
                            batch.forEach(m -> lateness.add(now - m.message().timestamp()));
                        }

                        @Override
                        public void onFinished(ReadProgress progress, String error) {
                        }
                    });
            Thread.sleep(2000);
            Map<String, Object> config = Map.of("bootstrap.servers", sandbox.bootstrapServers(), "linger.ms", 0,
                    "acks", "1");
            int sent = 0;
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                for (int i = 0; sent < count; i++) {
                    int burst = i % 10 == 9 ? 50 : 1;
                    for (int b = 0; b < burst && sent < count; b++, sent++) {
                        producer.send(new ProducerRecord<>(topic, sent % 2, System.currentTimeMillis(), null,
                                ("r" + sent).getBytes()));
                    }
                    producer.flush();
                    Thread.sleep(250);
                }
            }
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lateness.size() < count && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            reader.stop();
            long[] sorted = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "live tail: %d of %d records handed out; from create time to the sink: "
                            + "median %d ms, p90 %d ms, longest %d ms%n", sorted.length, count,
                    sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);
        }
        System.exit(0);
    }
}
