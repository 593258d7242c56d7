package io.partita.schema;

import java.util.Optional;

/**
 * Confluent's default subject naming: a topic's key schema lives under {@code <topic>-key}, its value schema under
 * {@code <topic>-value}. Subjects named otherwise (RecordNameStrategy …) belong to no topic by name. Pure.
 */
public final class TopicNameStrategy {

    private static final String KEY = "-key";
    private static final String VALUE = "-value";

    private TopicNameStrategy() {
    }

    /** The topic a subject belongs to by name, and whether it holds the key or the value schema. */
    public record TopicPart(String topic, boolean key) {
        public String label() {
            return topic + (key ? " (key)" : " (value)");
        }
    }

    public static Optional<TopicPart> topicOf(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        if (subject.endsWith(VALUE) && subject.length() > VALUE.length()) {
            return Optional.of(new TopicPart(subject.substring(0, subject.length() - VALUE.length()), false));
        }
        if (subject.endsWith(KEY) && subject.length() > KEY.length()) {
            return Optional.of(new TopicPart(subject.substring(0, subject.length() - KEY.length()), true));
        }
        return Optional.empty();
    }

    public static String subjectOf(String topic, boolean key) {
        return topic + (key ? KEY : VALUE);
    }
}
