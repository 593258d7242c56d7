package io.partita.ui.schemas;

import io.partita.model.SubjectSummary;
import io.partita.schema.TopicNameStrategy;
import io.partita.schema.TopicNameStrategy.TopicPart;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the subjects list, with the topic it belongs to by name.
 *
 * @param topicExists null when the topics could not be listed; false when no such topic exists
 */
public record SubjectRow(SubjectSummary summary, TopicPart topic, Boolean topicExists) {

    static SubjectRow of(SubjectSummary summary, Set<String> topics) {
        Optional<TopicPart> part = TopicNameStrategy.topicOf(summary.subject());
        Boolean exists = part.isEmpty() || topics == null ? null : topics.contains(part.get().topic());
        return new SubjectRow(summary, part.orElse(null), exists);
    }

    public String subject() {
        return summary.subject();
    }

    public boolean deleted() {
        return summary.deleted();
    }

    public String versionText() {
        return summary.latestVersion() == 0 ? "—" : String.valueOf(summary.latestVersion());
    }

    public String typeText() {
        return summary.schemaType() == null ? "—" : summary.schemaType();
    }

    public String compatibilityText() {
        return summary.compatibility() == null ? "—" : summary.compatibility();
    }

    /** "orders (value)", "orders (value) — no such topic", or "" for subjects not named after a topic. */
    public String topicText() {
        if (topic == null) {
            return "";
        }
        return topic.label() + (Boolean.FALSE.equals(topicExists) ? " — no such topic" : "");
    }

    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        return subject().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || typeText().toLowerCase(java.util.Locale.ROOT).equals(needle);
    }
}
