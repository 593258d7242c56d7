package io.partita.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.DelegationTokenAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;

/**
 * "not authorized to DESCRIBE topic orders": names the ACL operation (from what was attempted, e.g. "describe topic
 * orders") and the resource (from the exception when the broker named it, else from what was attempted). Pure.
 */
final class AuthorizationErrors {

    private static final Map<String, String> VERB_TO_OPERATION = Map.ofEntries(
            Map.entry("create", "CREATE"), Map.entry("validate", "CREATE"), Map.entry("delete", "DELETE"),
            Map.entry("empty", "DELETE"), Map.entry("describe", "DESCRIBE"), Map.entry("list", "DESCRIBE"),
            Map.entry("alter", "ALTER"), Map.entry("add", "ALTER"), Map.entry("set", "ALTER"),
            Map.entry("reassign", "ALTER"), Map.entry("cancel", "ALTER"), Map.entry("elect", "ALTER"),
            Map.entry("produce", "WRITE"), Map.entry("send", "WRITE"), Map.entry("read", "READ"),
            Map.entry("reading", "READ"), Map.entry("consume", "READ"), Map.entry("reset", "READ"),
            Map.entry("commit", "READ"));
    private static final Pattern NAMED = Pattern.compile("\\b(?:topic|group|to|of)s? ([^\\s:,]+)");

    private AuthorizationErrors() {
    }

    static String describe(AuthorizationException e, String attempted) {
        String type = resourceType(e);
        Optional<String> operation = operation(attempted);
        Optional<String> name = resourceName(e).or(() -> nameIn(attempted, type));
        if (operation.isEmpty()) {
            return "not authorized" + name.map(n -> " on " + type + " " + n).orElse(" (" + type + ")") + ": "
                    + message(e) + "; an ACL must allow it for your user";
        }
        return "not authorized to " + operation.get() + " " + type + name.map(n -> " " + n).orElse("")
                + ": an ACL must allow it for your user";
    }

    private static String resourceType(AuthorizationException e) {
        if (e instanceof TopicAuthorizationException) {
            return "topic";
        }
        if (e instanceof GroupAuthorizationException) {
            return "group";
        }
        if (e instanceof ClusterAuthorizationException) {
            return "cluster";
        }
        if (e instanceof TransactionalIdAuthorizationException) {
            return "transactional id";
        }
        if (e instanceof DelegationTokenAuthorizationException) {
            return "delegation token";
        }
        return "resource";
    }

    private static Optional<String> resourceName(AuthorizationException e) {
        if (e instanceof TopicAuthorizationException t && !t.unauthorizedTopics().isEmpty()) {
            return Optional.of(String.join(", ", new java.util.TreeSet<>(t.unauthorizedTopics())));
        }
        if (e instanceof GroupAuthorizationException g && g.groupId() != null && !g.groupId().isBlank()) {
            return Optional.of(g.groupId());
        }
        return Optional.empty();
    }

    private static Optional<String> operation(String attempted) {
        if (attempted == null || attempted.isBlank()) {
            return Optional.empty();
        }
        String verb = attempted.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Optional.ofNullable(VERB_TO_OPERATION.get(verb));
    }

    private static Optional<String> nameIn(String attempted, String type) {
        if (attempted == null || type.equals("cluster")) {
            return Optional.empty();
        }
        Matcher m = NAMED.matcher(attempted);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
