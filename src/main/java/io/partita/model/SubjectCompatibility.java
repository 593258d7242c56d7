package io.partita.model;

/**
 * The compatibility level that applies to a subject and where it comes from.
 *
 * @param own    the level set on the subject itself, null when it inherits the global one
 */
public record SubjectCompatibility(String subject, String effective, String own, String global) {

    public boolean inherits() {
        return own == null;
    }
}
