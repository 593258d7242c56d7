package io.partita.ui.profiles;

import io.partita.model.HostPort;
import io.partita.profile.SecretKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The editor's field rules. Each check returns the message to show under the field, or null when fine. */
final class ProfileValidator {

    private ProfileValidator() {
    }

    static String name(String name, Collection<String> otherNames) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return "Enter a name";
        }
        boolean taken = otherNames.stream().anyMatch(other -> other.equalsIgnoreCase(n));
        return taken ? "A profile named '" + n + "' already exists" : null;
    }

    static String bootstrap(String servers) {
        try {
            HostPort.parseList(servers);
            return null;
        } catch (IllegalArgumentException e) {
            return capitalize(e.getMessage());
        }
    }

    /** Blank is fine (no registry); otherwise an absolute http(s) URL with a host. */
    static String registryUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String hint = "Enter an http:// or https:// URL, e.g. http://localhost:8081";
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return hint;
            }
            return uri.getHost() == null || uri.getHost().isBlank() ? hint + " (no host found)" : null;
        } catch (URISyntaxException e) {
            return hint + " (" + e.getReason() + ")";
        }
    }

    /** Rows must have a key when they have a value, keys must differ, and no secret may land in the profile file. */
    static String clientProperties(List<ClientPropertyRow> rows) {
        Set<String> seen = new HashSet<>();
        for (ClientPropertyRow row : rows) {
            String key = strip(row.keyProperty().get());
            if (key.isEmpty()) {
                if (!strip(row.valueProperty().get()).isEmpty()) {
                    return "A property has a value but no key";
                }
                continue;
            }
            if (!seen.add(key)) {
                return "'" + key + "' is there twice";
            }
            if (SecretKeys.isSensitive(key)) {
                return "'" + key + "' holds a secret: use the fields above (the profile file is not encrypted)";
            }
        }
        return null;
    }

    /** Keys the Java clients do not know: kept (a plug-in may read them) but worth a warning. */
    static String unknownProperties(List<ClientPropertyRow> rows, Predicate<String> known) {
        List<String> unknown = rows.stream().map(r -> strip(r.keyProperty().get()))
                .filter(k -> !k.isEmpty() && !known.test(k)).toList();
        return unknown.isEmpty() ? null : "Not a Kafka client setting: " + String.join(", ", unknown)
                + " (kept and passed on as is)";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String capitalize(String message) {
        return message == null || message.isEmpty() ? "Invalid"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
