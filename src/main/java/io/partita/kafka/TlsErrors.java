package io.partita.kafka;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a failed TLS handshake's cause chain (as the JDK builds it under Kafka's SslAuthenticationException) and
 * says which side refused and why: the client distrusts the broker's certificate (unknown CA, expired, made out for
 * another host) or the broker refused the client (no or untrusted client certificate). Pure; no I/O.
 */
final class TlsErrors {

    private static final String PREFIX = "TLS handshake failed: ";
    private static final Pattern NO_NAME = Pattern.compile(
            "No (?:subject alternative (?:DNS )?names?|name) matching (?:IP address )?(\\S+) found");

    private TlsErrors() {
    }

    static String describe(Throwable error) {
        return PREFIX + reason(error).orElseGet(() -> "check the truststore and the broker's certificate ("
                + KafkaErrors.rootMessage(error) + ")");
    }

    private static Optional<String> reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof CertificateExpiredException || expired(t)) {
                return Optional.of("the broker's certificate has expired (" + msg + "): the broker needs a new "
                        + "certificate");
            }
            if (t instanceof CertificateNotYetValidException) {
                return Optional.of("the broker's certificate is not valid yet (" + msg + "): check the clocks");
            }
            Matcher name = NO_NAME.matcher(msg);
            if (name.find()) {
                return Optional.of("the broker's certificate is not made out for " + name.group(1)
                        + ": connect with a host name the certificate names, or turn off host name verification");
            }
            if (t instanceof CertPathBuilderException || msg.contains("unable to find valid certification path")) {
                return Optional.of("the broker's certificate is not trusted (no trusted CA signed it): add its CA "
                        + "to the truststore");
            }
            String alert = msg.toLowerCase(Locale.ROOT);
            if (alert.contains("received fatal alert: certificate_required")) {
                return Optional.of("the broker asked for a client certificate and none was sent: set a client "
                        + "keystore");
            }
            if (alert.contains("received fatal alert: bad_certificate")
                    || alert.contains("received fatal alert: certificate_unknown")) {
                return Optional.of("the broker asked for a client certificate and refused what it got (none, or "
                        + "one it does not trust): check the client keystore");
            }
            if (msg.contains("Unrecognized SSL message")) {
                return Optional.of("the server does not speak TLS: is this a PLAINTEXT or SASL_PLAINTEXT listener?");
            }
            if (msg.contains("password was incorrect")) {
                return Optional.of("a keystore or truststore password is wrong");
            }
        }
        return Optional.empty();
    }

    private static boolean expired(Throwable t) {
        return t instanceof CertPathValidatorException v && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED;
    }
}
