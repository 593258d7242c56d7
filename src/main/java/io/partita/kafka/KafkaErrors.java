package io.partita.kafka;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.config.ConfigException;

/** Turns Kafka client exceptions into sentences a user can act on. */
public final class KafkaErrors {

    public static final String NO_AUTHORIZER = "this cluster has no authorizer configured (ACLs are not available)";
    private static final Pattern SASL_MECHANISM = Pattern.compile("SASL mechanism (\\S+)");

    private KafkaErrors() {
    }

    public static String describe(Throwable error) {
        return describe(error, null);
    }

    /**
     * As {@link #describe(Throwable)}; {@code operation} is what was attempted ("describe topics", "create topic x"),
     * used to name the refused operation when the error is an authorization failure.
     */
    public static String describe(Throwable error, String operation) {
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
            return saslFailure(msg);
        }
        if (e instanceof UnsupportedSaslMechanismException) {
            return "the broker does not accept this SASL mechanism: " + msg;
        }
        if (e instanceof SslAuthenticationException || e instanceof SSLException) {
            return TlsErrors.describe(e);
        }
        if (e instanceof SecurityDisabledException) {
            return NO_AUTHORIZER;
        }
        if (e instanceof AuthorizationException denied) {
            return AuthorizationErrors.describe(denied, operation);
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

    /** "authentication failed (SCRAM-SHA-512): ..." when the broker named the mechanism, as Kafka's brokers do. */
    private static String saslFailure(String msg) {
        Matcher mechanism = SASL_MECHANISM.matcher(msg);
        if (msg.contains("invalid credentials") && mechanism.find()) {
            return "authentication failed (" + mechanism.group(1) + "): check user and password";
        }
        return "authentication failed: check user and password (" + msg + ")";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
