package io.partita.schema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL paths of the Confluent API, with subject names and versions encoded as path segments. */
final class SubjectPaths {

    private SubjectPaths() {
    }

    static String subject(String subject) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a subject name is required");
        }
        return "/subjects/" + encode(subject);
    }

    static String version(String version) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a version is required: a number or \"latest\"");
        }
        return "/versions/" + encode(version.strip());
    }

    static String config(String subject) {
        return subject == null ? "/config" : "/config/" + encode(subject);
    }

    /** Path-segment encoding: URLEncoder is for forms, so its '+' for a space must become %20. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
