package io.partita.kafka;

import io.partita.model.ProducerSettings;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * What a failed send means and what to check, in plain words, for the delivery report. Also decides which
 * failures doom every later record of the same send (no topic, no permission), so a bulk send stops at once
 * instead of failing a million times. Pure.
 */
final class DeliveryErrors {

    /** What the explanation may refer to. */
    record Context(String topic, ProducerSettings settings, int maxRequestSize) {
    }

    static final String FORCED_CLOSE = "Producer is closed forcefully.";

    private DeliveryErrors() {
    }

    static String explain(Throwable e, Context c) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NotEnoughReplicasException || e instanceof NotEnoughReplicasAfterAppendException) {
            return "Fewer replicas are in sync than the topic's min.insync.replicas, so acks=all cannot be "
                    + "satisfied. Compare min.insync.replicas of " + c.topic() + " (or the broker default) with the "
                    + "live ISR of the partition: a broker is down or its replica fell behind. Writes resume when "
                    + "the ISR is large enough again." + notWritten(e);
        }
        if (e instanceof BufferExhaustedException) {
            return "The producer's buffer (buffer.memory) stayed full for max.block.ms: the brokers accept "
                    + "records more slowly than they are produced. Lower the rate, or check broker health.";
        }
        if (e instanceof TimeoutException) {
            return timeout(msg, c);
        }
        if (e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException) {
            return tooLarge(msg, c);
        }
        if (e instanceof TopicAuthorizationException) {
            return "Not allowed to write to " + c.topic() + ": your principal needs an ACL ALLOW Write (and "
                    + "Describe) on Topic:" + c.topic() + ".";
        }
        if (e instanceof ClusterAuthorizationException) {
            return "Not allowed on the cluster: the idempotent producer needs IdempotentWrite on Cluster (older "
                    + "brokers), or turn idempotence off in the producer settings.";
        }
        return other(e, msg, c);
    }

    private static String other(Throwable e, String msg, Context c) {
        if (e instanceof AuthorizationException) {
            return "Not authorized: " + msg + " Ask for the ACL named there.";
        }
        if (e instanceof AuthenticationException) {
            return "The cluster refused the credentials: check user, password and SASL mechanism of the profile.";
        }
        if (e instanceof UnknownTopicOrPartitionException) {
            return "The broker does not host this topic or partition: check the name and the partition count of "
                    + c.topic() + ".";
        }
        if (e instanceof InvalidTopicException) {
            return "'" + c.topic() + "' is not a valid topic name (letters, digits, '.', '_' and '-' only).";
        }
        if (e instanceof InvalidRecordException || e instanceof CorruptRecordException) {
            return "The broker rejected the record: " + msg + (msg.toLowerCase().contains("key")
                    ? " A compacted topic (cleanup.policy=compact) needs a key on every record." : "");
        }
        if (e instanceof InvalidTimestampException) {
            return "The record's timestamp is too far from the broker's clock (message.timestamp.*.max.ms).";
        }
        if (e instanceof OutOfOrderSequenceException || e instanceof ProducerFencedException) {
            return "The broker lost track of this idempotent producer's sequence (e.g. after data loss on the "
                    + "leader). Send again; records before this one were written.";
        }
        if (e instanceof UnsupportedVersionException) {
            return "The broker is too old for this request: " + msg;
        }
        if (e instanceof KafkaException && FORCED_CLOSE.equals(msg)) {
            return "The producer was closed before the broker answered (cancel, disconnect or exit). The record may "
                    + "or may not have been written: consume the partition to check.";
        }
        if (e instanceof IllegalStateException) {
            return "The producer was already closed (the connection is closing): the record was not sent.";
        }
        return KafkaErrors.describe(e);
    }

    private static String timeout(String msg, Context c) {
        if (msg.contains("not present in metadata")) {
            return msg.contains("Partition ")
                    ? "That partition does not exist: " + c.topic() + " has fewer partitions (partitions count from 0)."
                    : "Topic " + c.topic() + " does not exist (and was not auto-created), or you may not Describe "
                    + "it: create it or check the name and your ACLs.";
        }
        if (msg.contains("Expiring") || msg.contains("delivery.timeout") || msg.contains("since batch creation")) {
            return "Not acknowledged within delivery.timeout.ms (" + c.settings().deliveryTimeoutMs() + " ms): "
                    + "the leader did not get enough replicas to follow in time (replicas too slow, or the ISR "
                    + "below min.insync.replicas), or the leader was unreachable. Treat the record as not "
                    + "delivered; check the partition's ISR and broker health, or raise delivery.timeout.ms.";
        }
        return "The cluster did not answer in time: check that the brokers are up and reachable (" + msg + ").";
    }

    private static String tooLarge(String msg, Context c) {
        if (msg.contains("max.request.size") || msg.contains("buffer.memory")) {
            return "The record is larger than the producer's max.request.size (" + c.maxRequestSize()
                    + " bytes). Raise max.request.size in the profile's client properties, and the topic's "
                    + "max.message.bytes to match, or send less.";
        }
        return "The broker refused the record as too large: the topic's max.message.bytes (broker default "
                + "message.max.bytes) is below its size. Raise max.message.bytes on " + c.topic()
                + " (and max.request.size in the producer), or send less.";
    }

    private static String notWritten(Throwable e) {
        return e instanceof NotEnoughReplicasAfterAppendException
                ? " The leader did write it, but not enough replicas confirmed: it may appear when they catch up."
                : " The record was not written.";
    }

    /** Whether every later record of the send would fail the same way (no topic, no permission, closed). */
    static boolean dooms(Throwable e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return e instanceof AuthorizationException || e instanceof AuthenticationException
                || e instanceof InvalidTopicException || e instanceof UnsupportedVersionException
                || e instanceof ProducerFencedException || e instanceof IllegalStateException
                || e instanceof TimeoutException && msg.contains("not present in metadata");
    }
}
