package io.partita.ui.messages;

import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Rows kept as columns, not as objects: for each row where its bytes lie ({@link RowBytes}: an array and a place in
 * it), how many it holds, its {@link MessageRow.Kind} and its two previews (a text, or the writer of one).
 * {@link #get} makes a {@link MessageRow} of them when it is asked for one (a table asks for the rows it shows); rows
 * made from the same place are equal.
 * <p>
 * Why: the rows of a table streaming a million records are alive at every young collection, which copies each live
 * young object. As objects, a capped table's 100,000 rows and the 50,000 waiting for the next delivery were 150,000
 * small objects (4.8 MB) copied at each collection; as columns they are six arrays per list, and a table's columns,
 * once as large as half a heap region, are never copied at all.
 * <p>
 * Appends at the end and removes from the front cheaply (the dropped slots are cleared, so the bytes they pointed to
 * can be collected); removing from elsewhere shifts the rows after it. Not safe for use by two threads at once.
 */
final class RowColumns extends AbstractList<MessageRow> implements RandomAccess {

    private static final int FIRST_CAPACITY = 16;

    private byte[][] arrays;
    private int[] ats;
    /** What each row holds in bytes ({@link MessageRow#heldBytes()}), so the budget never reads the rows' bytes. */
    private int[] helds;
    private MessageRow.Kind[] kinds;
    private Object[] keyPreviews;
    private Object[] valuePreviews;
    /** Where the first row lies in the columns (rows removed from the front leave their slots empty before it). */
    private int head;
    private int size;
    /** The bytes the rows hold ({@link MessageRow#heldBytes()} summed). */
    private long held;

    RowColumns() {
        this(FIRST_CAPACITY);
    }

    RowColumns(int capacity) {
        allocate(Math.max(1, capacity));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of {@code rows}, copied into columns of their own. */
    static RowColumns copyOf(List<MessageRow> rows, int from, int to) {
        if (rows instanceof RowColumns columns) {
            return columns.copyOfRange(from, to);
        }
        RowColumns copy = new RowColumns(to - from);
        copy.addAll(rows.subList(from, to));
        return copy;
    }

    /** What {@code rows} holds in bytes, without making its rows when it keeps them as columns. */
    static long held(List<MessageRow> rows) {
        if (rows instanceof RowColumns columns) {
            return columns.held;
        }
        long total = 0;
        for (MessageRow row : rows) {
            total += row.heldBytes();
        }
        return total;
    }

    /** What row {@code index} of {@code rows} holds in bytes, likewise. */
    static long held(List<MessageRow> rows, int index) {
        return rows instanceof RowColumns columns ? columns.heldBytes(index) : rows.get(index).heldBytes();
    }

    @Override
    public MessageRow get(int index) {
        int at = slot(index);
        return new MessageRow(arrays[at], ats[at], kinds[at], keyPreviews[at], valuePreviews[at]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The bytes all rows hold. */
    long heldBytes() {
        return held;
    }

    /** The bytes row {@code index} holds. */
    long heldBytes(int index) {
        return helds[slot(index)];
    }

    /** Packs the record's bytes into {@code packed} and adds it as the last row. */
    void add(DecodedMessage decoded, FormatChoice keyFormat, FormatChoice valueFormat, RowBytes packed) {
        MessageRow.Kind kind = MessageRow.kindOf(decoded, keyFormat, valueFormat, packed);
        put(packed.array(), packed.at(), kind, MessageRow.preview(decoded.key()), MessageRow.preview(decoded.value()));
    }

    @Override
    public boolean add(MessageRow row) {
        put(row.bytes(), row.at(), row.kind(), row.keyPreviewHeld(), row.valuePreviewHeld());
        return true;
    }

    @Override
    public boolean addAll(java.util.Collection<? extends MessageRow> rows) {
        if (!(rows instanceof RowColumns other)) {
            ensureRoom(rows.size());
            return super.addAll(rows);
        }
        int count = other.size;
        ensureRoom(count);
        copySlots(other, other.head, this, head + size, count);
        size += count;
        held += other.held;
        return count > 0;
    }

    private void put(byte[] array, int at, MessageRow.Kind kind, Object keyPreview, Object valuePreview) {
        ensureRoom(1);
        int slot = head + size;
        arrays[slot] = array;
        ats[slot] = at;
        helds[slot] = (int) MessageRow.heldBytes(array, at);
        kinds[slot] = kind;
        keyPreviews[slot] = keyPreview;
        valuePreviews[slot] = valuePreview;
        size++;
        held += helds[slot];
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as columns of their own. */
    RowColumns copyOfRange(int from, int to) {
        checkRange(from, to);
        RowColumns copy = new RowColumns(to - from);
        int count = to - from;
        copySlots(this, head + from, copy, 0, count);
        copy.size = count;
        for (int i = 0; i < count; i++) {
            copy.held += copy.helds[i];
        }
        return copy;
    }

    /** Removes rows {@code from} (inclusive) to {@code to} (exclusive); from the front it moves no row. */
    @Override
    public void removeRange(int from, int to) {
        checkRange(from, to);
        int count = to - from;
        if (count == 0) {
            return;
        }
        for (int i = from; i < to; i++) {
            held -= heldBytes(i);
        }
        if (from == 0) {
            clearSlots(head, head + count);
            head += count;
        } else {
            copySlots(this, head + to, this, head + from, size - to);
            clearSlots(head + size - count, head + size);
        }
        size -= count;
        if (size == 0) {
            head = 0;
        }
    }

    /** Removes the first {@code count} rows. */
    void dropFirst(int count) {
        removeRange(0, count);
    }

    @Override
    public void clear() {
        clearSlots(head, head + size);
        head = 0;
        size = 0;
        held = 0;
    }

    private void clearSlots(int from, int to) {
        Arrays.fill(arrays, from, to, null);
        Arrays.fill(kinds, from, to, null);
        Arrays.fill(keyPreviews, from, to, null);
        Arrays.fill(valuePreviews, from, to, null);
    }

    /**
     * Makes room for {@code count} more rows at the end: moves the rows to the front when that frees enough (and
     * leaves at least as much free as they take, so moves stay rare), else copies them into columns twice as long.
     */
    private void ensureRoom(int count) {
        if (head + size + count <= arrays.length) {
            return;
        }
        int needed = size + count;
        if (needed <= arrays.length / 2) {
            copySlots(this, head, this, 0, size);
            clearSlots(size, head + size); // what is left of the rows' old places
            head = 0;
            return;
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(FIRST_CAPACITY, 2L * needed));
        RowColumns larger = new RowColumns(capacity);
        copySlots(this, head, larger, 0, size);
        arrays = larger.arrays;
        ats = larger.ats;
        helds = larger.helds;
        kinds = larger.kinds;
        keyPreviews = larger.keyPreviews;
        valuePreviews = larger.valuePreviews;
        head = 0;
    }

    /** Copies {@code count} rows' slots from {@code from} at {@code fromAt} to {@code to} at {@code toAt}. */
    private static void copySlots(RowColumns from, int fromAt, RowColumns to, int toAt, int count) {
        System.arraycopy(from.arrays, fromAt, to.arrays, toAt, count);
        System.arraycopy(from.ats, fromAt, to.ats, toAt, count);
        System.arraycopy(from.helds, fromAt, to.helds, toAt, count);
        System.arraycopy(from.kinds, fromAt, to.kinds, toAt, count);
        System.arraycopy(from.keyPreviews, fromAt, to.keyPreviews, toAt, count);
        System.arraycopy(from.valuePreviews, fromAt, to.valuePreviews, toAt, count);
    }

    private void allocate(int capacity) {
        arrays = new byte[capacity][];
        ats = new int[capacity];
        helds = new int[capacity];
        kinds = new MessageRow.Kind[capacity];
        keyPreviews = new Object[capacity];
        valuePreviews = new Object[capacity];
    }

    private int slot(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return head + index;
    }

    private void checkRange(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + size);
        }
    }
}
