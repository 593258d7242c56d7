package io.partita.ui.messages;

import java.util.List;

/**
 * How much the messages table keeps: at most {@code rows} rows, whose bytes (metadata, keys, values, header values:
 * {@link MessageRow#heldBytes()}) add up to at most {@code bytes}; older rows go first, and the newest row always
 * stays (a single 20 MB value can still be shown).
 * The count alone does not bound memory: 100,000 rows of 1 MB values would be 100 GB.
 */
record RowBudget(int rows, long bytes) {

    /**
     * A sixth of the heap for the table's rows; the rows waiting for the table get as much again, so the two stay
     * under a third of it.
     */
    static long defaultBytes() {
        return Runtime.getRuntime().maxMemory() / 6;
    }

    RowBudget {
        rows = Math.max(1, rows);
        bytes = Math.max(1, bytes);
    }

    /** How many of the first rows of {@code older} followed by {@code newer} must go for the rest to fit. */
    int overflow(RowList older, List<MessageRow> newer) {
        int count = older.size() + newer.size();
        long total = older.heldBytes() + held(newer);
        int drop = 0;
        while (drop < count - 1 && (count - drop > rows || total > bytes)) {
            total -= drop < older.size() ? older.heldBytes(drop) : RowColumns.held(newer, drop - older.size());
            drop++;
        }
        return drop;
    }

    static long held(List<MessageRow> rows) {
        return RowColumns.held(rows);
    }

    /** "100,000 rows, 341 MiB": what a status line says the table keeps at most. */
    String describe() {
        return io.partita.ui.common.Quantities.count(rows) + " rows, " + io.partita.ui.common.Quantities.bytes(bytes);
    }
}
