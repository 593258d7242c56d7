package io.partita.ui.messages;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Packs the key and value bytes of a browse's rows, one after another, into large arrays shared by many rows: the
 * young collections of a table streaming a million records then copy one small object per row instead of two arrays
 * and the objects around them. The arrays grow from {@value #FIRST_CHUNK} bytes (a browse of ten records holds
 * little) to the heap's region size, which G1 allocates outside the young generation and never copies, and reclaims
 * as soon as no row points into it. A key plus value larger than an eighth of a chunk gets an array of its own.
 * <p>
 * Used by one thread (the reader's); the arrays are never written again once a row points into them.
 */
final class RowBytes {

    static final int FIRST_CHUNK = 64 * 1024;
    /** An array's header on a 64-bit JVM: an array of the region size less this fills exactly one region. */
    private static final int ARRAY_HEADER = 16;
    private static final int LARGEST_CHUNK = largestChunk();

    private final int largest;
    private byte[] chunk;
    private int used;
    private byte[] array;
    private int at;

    /** Packs into arrays of up to the heap's region size. */
    RowBytes() {
        this(LARGEST_CHUNK);
    }

    /** @param largest the largest array to pack into; 1 gives every row an array of its own, exactly its size */
    RowBytes(int largest) {
        this.largest = largest;
    }

    /**
     * Copies the key (null for none) and then the value (null for a tombstone); {@link #array()} and {@link #at()}
     * say where they went.
     */
    void copy(byte[] key, byte[] value) {
        int keySize = key == null ? 0 : key.length;
        int size = keySize + (value == null ? 0 : value.length);
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
        if (key != null) {
            System.arraycopy(key, 0, array, at, keySize);
        }
        if (value != null) {
            System.arraycopy(value, 0, array, at + keySize, value.length);
        }
    }

    /** The array the last {@link #copy} went into. */
    byte[] array() {
        return array;
    }

    /** Where in {@link #array()} the last copy's key starts (its value follows the key). */
    int at() {
        return at;
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
