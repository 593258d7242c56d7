package io.partita.produce;

/** A draft that cannot become records; says which part (key, value, a header) so the UI can mark that field. */
public final class DraftException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The part of the record at fault. */
    public enum Part { TOPIC, PARTITION, KEY, VALUE, HEADER }

    private final Part part;
    private final int header;

    DraftException(Part part, int header, String detail, Throwable cause) {
        super(prefix(part, header) + detail, cause);
        this.part = part;
        this.header = header;
    }

    public Part part() {
        return part;
    }

    /** Index of the header at fault (for {@link Part#HEADER}), −1 otherwise. */
    public int header() {
        return header;
    }

    /** The message without the "value: " prefix, for showing under the field itself. */
    public String detail() {
        return getMessage().substring(prefix(part, header).length());
    }

    private static String prefix(Part part, int header) {
        return switch (part) {
            case TOPIC -> "topic: ";
            case PARTITION -> "partition: ";
            case KEY -> "key: ";
            case VALUE -> "value: ";
            case HEADER -> "header " + (header + 1) + ": ";
        };
    }
}
