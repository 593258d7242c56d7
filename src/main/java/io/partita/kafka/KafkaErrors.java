package io.partita.kafka;

import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.config.ConfigException;

/** Turns Kafka client exceptions into sentences a user can act on. */
public final class KafkaErrors {

    private KafkaErrors() {
    }

    public static String describe(Throwable error) {
        Throwable e = error;
        while (e instanceof KafkaOperationException && e.getCause() != null) {
            if (e.getCause().getMessage() == null && e.getMessage() != null) {
                // e.g. a bare java.util.concurrent.TimeoutException: our own sentence says more than its class name
                return e.getMessage();
            }
            e = e.getCause();
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SaslAuthenticationException) {
            return "authentication failed: check user and password (" + msg + ")";
        }
        if (e instanceof SslAuthenticationException || e instanceof SSLException) {
            return "TLS handshake failed: check the truststore and the broker's certificate (" + rootMessage(e) + ")";
        }
        if (e instanceof AuthorizationException) {
            return "not authorized: " + msg;
        }
        if (e instanceof TimeoutException) {
            return "no answer from the cluster in time: check the bootstrap servers, the network and the security "
                    + "protocol (" + msg + ")";
        }
        if (e instanceof ConfigException && msg.contains("No resolvable bootstrap urls")) {
            return "none of the bootstrap hosts can be resolved (DNS): check the host names";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + msg + " (DNS)";
        }
        if (e instanceof ConnectException) {
            return "connection refused: " + msg;
        }
        if (e instanceof UnsupportedVersionException) {
            return "the broker does not support this request: " + msg;
        }
        return msg;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
