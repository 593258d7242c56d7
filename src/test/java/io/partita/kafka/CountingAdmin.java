package io.partita.kafka;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.ForwardingAdmin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * A real admin client (Kafka's own {@link ForwardingAdmin} around {@code Admin.create}) that counts the offset
 * requests made through it: not a mock, every call still goes to the broker.
 */
final class CountingAdmin extends ForwardingAdmin {

    final AtomicInteger endOffsetRequests = new AtomicInteger();
    final AtomicInteger partitionsAsked = new AtomicInteger();
    final AtomicInteger committedRequests = new AtomicInteger();

    CountingAdmin(String bootstrap) {
        super(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 15_000, "default.api.timeout.ms", 30_000));
    }

    @Override
    public ListOffsetsResult listOffsets(Map<TopicPartition, OffsetSpec> topicPartitionOffsets,
                                         ListOffsetsOptions options) {
        endOffsetRequests.incrementAndGet();
        partitionsAsked.addAndGet(topicPartitionOffsets.size());
        return super.listOffsets(topicPartitionOffsets, options);
    }

    @Override
    public ListConsumerGroupOffsetsResult listConsumerGroupOffsets(Map<String, ListConsumerGroupOffsetsSpec> specs,
                                                                   ListConsumerGroupOffsetsOptions options) {
        committedRequests.incrementAndGet();
        return super.listConsumerGroupOffsets(specs, options);
    }
}
