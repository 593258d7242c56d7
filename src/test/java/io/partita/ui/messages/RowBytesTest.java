package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.MessageHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowBytesTest {

    private static byte[] random(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static List<MessageHeader> headers(Random random) {
        List<MessageHeader> headers = new ArrayList<>();
        for (int h = random.nextInt(4); h > 0; h--) {
            headers.add(new MessageHeader("h" + random.nextInt(3), random.nextInt(5) == 0 ? null
                    : random(random, random.nextInt(40))));
        }
        return headers;
    }

    @Test
    void keysValuesAndHeadersArePackedOneAfterAnotherAndReadBackUnchanged() {
        Random random = new Random(7);
        RowBytes packed = new RowBytes(1 << 20);
        Set<byte[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
        byte[][] keys = new byte[5_000][];
        byte[][] values = new byte[5_000][];
        List<List<MessageHeader>> headers = new ArrayList<>();
        byte[][] where = new byte[5_000][];
        int[] at = new int[5_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i % 10 == 3 ? null : random(random, random.nextInt(30));
            values[i] = i % 10 == 7 ? null : random(random, random.nextInt(400));
            headers.add(headers(random));
            packed.copy(keys[i], values[i], headers.get(i));
            where[i] = packed.array();
            at[i] = packed.at();
            arrays.add(packed.array());
        }
        for (int i = 0; i < keys.length; i++) {
            int keySize = keys[i] == null ? 0 : keys[i].length;
            int valueSize = values[i] == null ? 0 : values[i].length;
            if (keys[i] != null) {
                assertThat(Arrays.copyOfRange(where[i], at[i], at[i] + keySize)).isEqualTo(keys[i]);
            }
            if (values[i] != null) {
                assertThat(Arrays.copyOfRange(where[i], at[i] + keySize, at[i] + keySize + valueSize))
                        .as("value %d", i).isEqualTo(values[i]);
            }
            String[] names = headers.get(i).stream().map(MessageHeader::key).toArray(String[]::new);
            assertThat(RowBytes.headers(where[i], at[i] + keySize + valueSize, names)).as("headers %d", i)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(headers.get(i));
        }
        // ~1 MB in arrays growing from 64 KB: 64 + 128 + 256 + 512 KB, then 1 MB arrays.
        assertThat(arrays).hasSizeBetween(4, 6);
        assertThat(arrays).allSatisfy(a -> assertThat(a.length).isBetween(RowBytes.FIRST_CHUNK, 1 << 20));
    }

    @Test
    void aLargeRecordGetsAnArrayOfItsOwnAndTheSharedOneGoesOn() {
        RowBytes packed = new RowBytes(1 << 16);
        packed.copy(new byte[] {1}, new byte[] {2, 3}, List.of());
        byte[] shared = packed.array();
        byte[] large = new byte[(1 << 16) / 8 + 1];
        large[large.length - 1] = 9;
        packed.copy(null, large, List.of());
        assertThat(packed.array()).isNotSameAs(shared).hasSize(large.length).isEqualTo(large);
        assertThat(packed.at()).isZero();
        packed.copy(new byte[] {4}, null, List.of());
        assertThat(packed.array()).isSameAs(shared);
        assertThat(packed.at()).isEqualTo(3);
        assertThat(shared[3]).isEqualTo((byte) 4);
    }

    @Test
    void rowsWithTheSameHeaderKeysShareOneArrayOfThem() {
        RowBytes packed = new RowBytes(1 << 16);
        byte[] v = {1};
        String[] first = packed.headerKeys(List.of(new MessageHeader(new String("trace"), v),
                new MessageHeader(new String("type"), null)));
        String[] same = packed.headerKeys(List.of(new MessageHeader(new String("trace"), v),
                new MessageHeader(new String("type"), v)));
        String[] other = packed.headerKeys(List.of(new MessageHeader(new String("type"), v),
                new MessageHeader(new String("trace"), v)));
        assertThat(same).isSameAs(first).containsExactly("trace", "type");
        assertThat(other).isNotSameAs(first).containsExactly("type", "trace");
        assertThat(other[0]).as("the string is shared too").isSameAs(first[1]);
        assertThat(packed.headerKeys(List.of())).isEmpty();
    }

    @Test
    void theLargestArrayFitsOneHeapRegion() {
        RowBytes packed = new RowBytes();
        int size = 0;
        for (int i = 0; i < 100_000; i++) {
            packed.copy(null, new byte[100], List.of());
            size = Math.max(size, packed.array().length);
        }
        // 10 MB went in: the arrays reached their largest size, a region less the array's header.
        assertThat(size + 16).isIn(1 << 20, 2 << 20, 4 << 20, 8 << 20, 16 << 20, 32 << 20, 64 << 20);
    }
}
