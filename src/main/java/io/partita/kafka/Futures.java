package io.partita.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaFuture;

/** The one place that waits on Kafka futures and unwraps {@link ExecutionException}. */
final class Futures {

    private Futures() {
    }

    /**
     * Waits at most {@code timeout}; throws the future's own cause (a {@link org.apache.kafka.common.KafkaException}
     * or a {@link java.util.concurrent.TimeoutException} wrapped in {@link KafkaOperationException}).
     */
    static <T> T get(KafkaFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaOperationException(what + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String described = KafkaErrors.describe(cause, what);
            // An authorization message already names the operation and the resource.
            boolean named = cause instanceof org.apache.kafka.common.errors.AuthorizationException;
            throw new KafkaOperationException(named ? described : what + ": " + described, cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new KafkaOperationException(what + ": no answer within " + timeout.toMillis() + " ms", e);
        }
    }
}
