package io.partita.ui.topics;

/** Jumps from a topic to other tabs of the same connection; the tab wires them, tests may leave them out. */
public interface TopicLinks {

    TopicLinks NONE = new TopicLinks() {
        @Override
        public void openSubject(String subject) {
        }

        @Override
        public void browse(String topic) {
        }
    };

    /** Shows this subject (latest version) in the Schemas tab. */
    void openSubject(String subject);

    /** Opens the Messages tab on this topic. */
    void browse(String topic);
}
