package io.partita.model;

/**
 * One structural difference between two versions of a schema, e.g. a field added or a type changed.
 *
 * @param path   where, by field names from the top record: {@code Order.customer.address.city}; {@code []} for an
 *               array's items, {@code {}} for a map's values, {@code <type>} for a union branch
 * @param before the old value (type, default, symbol …), null when it did not exist
 * @param after  the new value, null when it no longer exists
 */
public record SchemaChange(Kind kind, String path, String before, String after) {

    public enum Kind {
        FIELD_ADDED, FIELD_REMOVED, FIELD_RENAMED, TYPE_CHANGED, LOGICAL_TYPE_CHANGED,
        DEFAULT_ADDED, DEFAULT_REMOVED, DEFAULT_CHANGED,
        SYMBOL_ADDED, SYMBOL_REMOVED, BRANCH_ADDED, BRANCH_REMOVED, SIZE_CHANGED,
        NAME_CHANGED, ALIASES_CHANGED, DOC_CHANGED, ORDER_CHANGED, PROPERTY_CHANGED
    }

    /** A sentence for people, with what the change means for compatibility where that is certain. */
    public String describe() {
        return switch (kind) {
            case FIELD_ADDED -> "field " + path + " added (" + after + ")";
            case FIELD_REMOVED -> "field " + path + " removed (was " + before + ")";
            case FIELD_RENAMED -> "field " + path + " renamed from " + before + " (kept as an alias)";
            case TYPE_CHANGED -> path + ": type changed from " + before + " to " + after;
            case LOGICAL_TYPE_CHANGED -> path + ": logical type changed from " + before + " to " + after;
            case DEFAULT_ADDED -> path + ": default " + after + " added";
            case DEFAULT_REMOVED -> path + ": default " + before + " removed";
            case DEFAULT_CHANGED -> path + ": default changed from " + before + " to " + after;
            case SYMBOL_ADDED -> path + ": enum symbol " + after + " added";
            case SYMBOL_REMOVED -> path + ": enum symbol " + before + " removed";
            case BRANCH_ADDED -> path + ": union branch " + after + " added";
            case BRANCH_REMOVED -> path + ": union branch " + before + " removed";
            case SIZE_CHANGED -> path + ": fixed size changed from " + before + " to " + after;
            case NAME_CHANGED -> path + ": name changed from " + before + " to " + after;
            case ALIASES_CHANGED -> path + ": aliases changed from " + before + " to " + after;
            case DOC_CHANGED -> path + ": doc changed";
            case ORDER_CHANGED -> path + ": sort order changed from " + before + " to " + after;
            case PROPERTY_CHANGED -> path + ": property changed from " + before + " to " + after;
        };
    }
}
