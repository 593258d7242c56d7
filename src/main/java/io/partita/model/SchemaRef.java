package io.partita.model;

/**
 * The registry schema a value was written with.
 *
 * @param subject null when the registry did not say (or could not be asked)
 * @param version 0 when unknown
 */
public record SchemaRef(int id, String subject, int version) {

    /** "id 7 (orders-value v2)", or "id 7" when subject and version are unknown. */
    public String describe() {
        if (subject == null) {
            return "id " + id;
        }
        return "id " + id + " (" + subject + (version > 0 ? " v" + version : "") + ")";
    }
}
