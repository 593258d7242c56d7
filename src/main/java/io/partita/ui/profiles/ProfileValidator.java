package io.partita.ui.profiles;

import io.partita.model.HostPort;
import io.partita.model.SecurityProtocol;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

    static String sasl(SecurityProtocol protocol, String mechanism, String username) {
        if (protocol == null || !protocol.usesSasl()) {
            return null;
        }
        if (mechanism == null || mechanism.isBlank()) {
            return "Choose a SASL mechanism";
        }
        return username == null || username.isBlank() ? "Enter the SASL user" : null;
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

    static String clientProperties(String text) {
        try {
            parseProperties(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code key=value} per line; blank lines and lines starting with # are skipped. */
    static Map<String, String> parseProperties(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text == null) {
            return result;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": write key=value, e.g. request.timeout.ms=30000");
            }
            result.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return result;
    }

    static String formatProperties(Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    private static String capitalize(String message) {
        return message == null || message.isEmpty() ? "Invalid"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
