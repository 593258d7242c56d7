package io.partita.model;

import java.util.ArrayList;
import java.util.List;

/** One {@code host:port} of a bootstrap list. */
public record HostPort(String host, int port) {

    /**
     * Parses a comma separated {@code host:port} list (IPv6 literals in brackets).
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static List<HostPort> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("enter at least one host:port");
        }
        List<HostPort> result = new ArrayList<>();
        for (String raw : text.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("empty entry in the host:port list");
            }
            result.add(parse(entry));
        }
        return List.copyOf(result);
    }

    public static HostPort parse(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new IllegalArgumentException("'" + entry + "' is not host:port");
        }
        String host = entry.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + entry + "': write IPv6 addresses in brackets, e.g. [::1]:9092");
        }
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + entry + "' has no valid host");
        }
        int port;
        try {
            port = Integer.parseInt(entry.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + entry + "': the port must be a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + entry + "': the port must be between 1 and 65535");
        }
        return new HostPort(host, port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
