package io.partita.ui.messages;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs a browse's rows (their metadata, key, value and header values), one row after another, into large arrays
 * shared by many rows: the young collections of a table streaming a million records then copy one small object per
 * row instead of the arrays and the objects around them. A row's place in an array starts with its metadata
 * ({@value #META} bytes: partition, offset, timestamp, key and value sizes, the bytes held, the timestamp's type), then
 * its key, value and headers. The arrays grow from {@value #FIRST_CHUNK} bytes (a browse of ten records
 * holds little) to the heap's region size, which G1 allocates outside the young generation, never copies, and frees
 * at a collection once no row points into it. A row larger than an eighth of a chunk gets an array of its own. Header
 * keys are kept as arrays of strings shared by the rows whose headers have the same keys in the same order.
 * <p>
 * Used by one thread (the reader's); the arrays are never written again once a row points into them.
 */
final class RowBytes {

    static final int FIRST_CHUNK = 64 * 1024;
    /** Where a row's metadata lies from its start ({@link #at()}): ints and longs big-endian, the type a byte. */
    static final int PARTITION = 0;
    static final int OFFSET = 4;
    static final int TIMESTAMP = 12;
    /** -1 for no key (no value: a tombstone). */
    static final int KEY_SIZE = 20;
    static final int VALUE_SIZE = 24;
    /** The bytes the row takes in the array, this metadata included ({@link #sizeOf}). */
    static final int HELD = 28;
    /** The ordinal of the timestamp's type. */
    static final int TYPE = 32;
    /** The metadata's length: the key follows. */
    static final int META = 33;
    /** An array's header on a 64-bit JVM: an array of the region size less this fills exactly one region. */
    private static final int ARRAY_HEADER = 16;
    private static final int LARGEST_CHUNK = largestChunk();
    private static final String[] NO_KEYS = new String[0];
    /** A header value's length, 4 bytes big-endian, anywhere in an array. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** Distinct header keys remembered; past this the names are forgotten and collected again. */
    private static final int KEY_NAMES = 10_000;
    /** Distinct kinds remembered, likewise. */
    private static final int KINDS = 10_000;

    private final int largest;
    private byte[] chunk;
    private int used;
    private byte[] array;
    private int at;
    private String[] lastKeys = NO_KEYS;
    private final Map<String, String> keyNames = new HashMap<>();
    private MessageRow.Kind lastKind;
    private final Map<MessageRow.Kind, MessageRow.Kind> kinds = new HashMap<>();

    /** Packs into arrays of up to the heap's region size. */
    RowBytes() {
        this(LARGEST_CHUNK);
    }

    /** @param largest the largest array to pack into; 1 gives every row an array of its own, exactly its size */
    RowBytes(int largest) {
        this.largest = largest;
    }

    /**
     * Copies the record's metadata, its key (none for null), then its value (none for a tombstone), then each header's
     * value after its length (4 bytes, -1 for a header without a value); {@link #array()} and {@link #at()} say where
     * they went.
     */
    void copy(KafkaMessage message) {
        byte[] key = message.key();
        byte[] value = message.value();
        List<MessageHeader> headers = message.headers();
        int size = sizeOf(key, value, headers);
        if (size > largest / 8) {
            array = new byte[size];
            at = 0;
        } else {
            if (chunk == null || chunk.length - used < size) {
                chunk = new byte[chunk == null ? Math.min(FIRST_CHUNK, largest) : Math.min(chunk.length * 2, largest)];
                used = 0;
            }
            array = chunk;
            at = used;
            used += size;
        }
        INT.set(array, at + PARTITION, message.partition());
        LONG.set(array, at + OFFSET, message.offset());
        LONG.set(array, at + TIMESTAMP, message.timestamp());
        INT.set(array, at + KEY_SIZE, key == null ? -1 : key.length);
        INT.set(array, at + VALUE_SIZE, value == null ? -1 : value.length);
        INT.set(array, at + HELD, size);
        array[at + TYPE] = (byte) message.timestampType().ordinal();
        int to = put(key, at + META);
        to = put(value, to);
        for (MessageHeader header : headers) {
            byte[] bytes = header.value();
            INT.set(array, to, bytes == null ? -1 : bytes.length);
            to = put(bytes, to + 4);
        }
    }

    /** How many bytes {@link #copy} takes for a record of these: what a row holds besides itself. */
    static int sizeOf(byte[] key, byte[] value, List<MessageHeader> headers) {
        int size = META + length(key) + length(value);
        for (MessageHeader header : headers) {
            size += 4 + length(header.value());
        }
        return size;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private int put(byte[] bytes, int to) {
        if (bytes == null) {
            return to;
        }
        System.arraycopy(bytes, 0, array, to, bytes.length);
        return to + bytes.length;
    }

    /** The array the last {@link #copy} went into. */
    byte[] array() {
        return array;
    }

    /**
     * Where in {@link #array()} the last copy starts: its metadata, then ({@link #META} on) the key, the value and the
     * headers.
     */
    int at() {
        return at;
    }

    /**
     * The keys of these headers: the array handed out for the row before when its keys were the same, in the same
     * order (a topic's records mostly have the same headers), and strings shared with earlier rows.
     */
    String[] headerKeys(List<MessageHeader> headers) {
        if (headers.isEmpty()) {
            return NO_KEYS;
        }
        if (sameKeys(lastKeys, headers)) {
            return lastKeys;
        }
        if (keyNames.size() > KEY_NAMES) {
            keyNames.clear();
        }
        String[] keys = new String[headers.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyNames.computeIfAbsent(headers.get(i).key(), name -> name);
        }
        lastKeys = keys;
        return keys;
    }

    private static boolean sameKeys(String[] keys, List<MessageHeader> headers) {
        if (keys.length != headers.size()) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!keys[i].equals(headers.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    static int intAt(byte[] array, int at) {
        return (int) INT.get(array, at);
    }

    static long longAt(byte[] array, int at) {
        return (long) LONG.get(array, at);
    }

    /**
     * What a row shares with others ({@code kind}, or the equal one handed out before): rows of a browse mostly have
     * the same. A row with a failure keeps its own.
     */
    MessageRow.Kind kind(MessageRow.Kind kind) {
        if (kind.failure() != null) {
            return kind;
        }
        if (kind.equals(lastKind)) {
            return lastKind;
        }
        if (kinds.size() > KINDS) {
            kinds.clear();
        }
        MessageRow.Kind known = kinds.putIfAbsent(kind, kind);
        lastKind = known == null ? kind : known;
        return lastKind;
    }

    /** The headers a {@link #copy} wrote from {@code from} (just after the value), with these keys. */
    static List<MessageHeader> headers(byte[] array, int from, String[] keys) {
        if (keys.length == 0) {
            return List.of();
        }
        List<MessageHeader> headers = new ArrayList<>(keys.length);
        int at = from;
        for (String key : keys) {
            int n = (int) INT.get(array, at);
            at += 4;
            byte[] value = null;
            if (n >= 0) {
                value = java.util.Arrays.copyOfRange(array, at, at + n);
                at += n;
            }
            headers.add(new MessageHeader(key, value));
        }
        return headers;
    }

    /** The heap's region size less an array's header (1 MB when the collector has no regions or does not say). */
    private static int largestChunk() {
        long region = 0;
        try {
            region = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or no such option: the fallback below.
        }
        if (region <= 0 || region > 64L << 20) {
            region = 1 << 20;
        }
        return (int) region - ARRAY_HEADER;
    }
}
