package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.KafkaMessage;
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

    private static final KafkaMessage.TimestampType[] TYPES = KafkaMessage.TimestampType.values();

    private static KafkaMessage record(int i, byte[] key, byte[] value, List<MessageHeader> headers) {
        return new KafkaMessage("t", i % 7, i * 3_000_000_017L, i % 5 == 0 ? -1 : 1_767_225_600_000L + i,
                TYPES[i % TYPES.length], key, value, headers);
    }

    private static void copy(RowBytes packed, byte[] key, byte[] value) {
        packed.copy(record(0, key, value, List.of()));
    }

    @Test
    void metadataKeysValuesAndHeadersArePackedOneAfterAnotherAndReadBackUnchanged() {
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
            packed.copy(record(i, keys[i], values[i], headers.get(i)));
            where[i] = packed.array();
            at[i] = packed.at();
            arrays.add(packed.array());
        }
        for (int i = 0; i < keys.length; i++) {
            KafkaMessage expected = record(i, keys[i], values[i], headers.get(i));
            byte[] a = where[i];
            assertThat(RowBytes.intAt(a, at[i] + RowBytes.PARTITION)).isEqualTo(expected.partition());
            assertThat(RowBytes.longAt(a, at[i] + RowBytes.OFFSET)).isEqualTo(expected.offset());
            assertThat(RowBytes.longAt(a, at[i] + RowBytes.TIMESTAMP)).isEqualTo(expected.timestamp());
            assertThat(TYPES[a[at[i] + RowBytes.TYPE]]).isEqualTo(expected.timestampType());
            assertThat(RowBytes.intAt(a, at[i] + RowBytes.KEY_SIZE)).isEqualTo(expected.keySize());
            assertThat(RowBytes.intAt(a, at[i] + RowBytes.VALUE_SIZE)).isEqualTo(expected.valueSize());
            assertThat(RowBytes.intAt(a, at[i] + RowBytes.HELD))
                    .isEqualTo(RowBytes.sizeOf(keys[i], values[i], headers.get(i)));
            int keyAt = at[i] + RowBytes.META;
            int keySize = keys[i] == null ? 0 : keys[i].length;
            int valueSize = values[i] == null ? 0 : values[i].length;
            if (keys[i] != null) {
                assertThat(Arrays.copyOfRange(a, keyAt, keyAt + keySize)).isEqualTo(keys[i]);
            }
            if (values[i] != null) {
                assertThat(Arrays.copyOfRange(a, keyAt + keySize, keyAt + keySize + valueSize))
                        .as("value %d", i).isEqualTo(values[i]);
            }
            String[] names = headers.get(i).stream().map(MessageHeader::key).toArray(String[]::new);
            assertThat(RowBytes.headers(a, keyAt + keySize + valueSize, names)).as("headers %d", i)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(headers.get(i));
            if (i > 0 && where[i - 1] == a) {
                assertThat(at[i]).as("rows one after another").isEqualTo(at[i - 1] + RowBytes.intAt(a,
                        at[i - 1] + RowBytes.HELD));
            }
        }
        // ~1 MB in arrays growing from 64 KB: 64 + 128 + 256 + 512 KB, then 1 MB arrays.
        assertThat(arrays).hasSizeBetween(4, 6);
        assertThat(arrays).allSatisfy(a -> assertThat(a.length).isBetween(RowBytes.FIRST_CHUNK, 1 << 20));
    }

    @Test
    void aLargeRecordGetsAnArrayOfItsOwnAndTheSharedOneGoesOn() {
        RowBytes packed = new RowBytes(1 << 16);
        copy(packed, new byte[] {1}, new byte[] {2, 3});
        byte[] shared = packed.array();
        byte[] large = new byte[(1 << 16) / 8 + 1];
        large[large.length - 1] = 9;
        copy(packed, null, large);
        assertThat(packed.array()).isNotSameAs(shared).hasSize(RowBytes.META + large.length);
        assertThat(Arrays.copyOfRange(packed.array(), RowBytes.META, RowBytes.META + large.length)).isEqualTo(large);
        assertThat(packed.at()).isZero();
        copy(packed, new byte[] {4}, null);
        assertThat(packed.array()).isSameAs(shared);
        assertThat(packed.at()).isEqualTo(RowBytes.META + 3);
        assertThat(shared[RowBytes.META + 3 + RowBytes.META]).isEqualTo((byte) 4);
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
    void rowsWithTheSameTopicHeaderKeysFormatsAndSchemaShareOneKindAndAFailedRowKeepsItsOwn() {
        RowBytes packed = new RowBytes(1 << 16);
        String[] keys = {"trace"};
        MessageRow.Kind first = packed.kind(new MessageRow.Kind("t", keys, null, null, "7 · s v1", null));
        MessageRow.Kind other = packed.kind(new MessageRow.Kind("t", keys, null, null, "8 · s v2", null));
        MessageRow.Kind again = packed.kind(new MessageRow.Kind("t", keys, null, null, new String("7 · s v1"), null));
        assertThat(other).isNotSameAs(first);
        assertThat(again).as("an equal kind seen before, not the last one").isSameAs(first);
        MessageRow.Kind failed = new MessageRow.Kind("t", keys, null, null, "7 · s v1", "unknown schema id 9");
        assertThat(packed.kind(failed)).isSameAs(failed);
        assertThat(packed.kind(new MessageRow.Kind("t", keys, null, null, "7 · s v1", "unknown schema id 9")))
                .isNotSameAs(failed);
    }

    @Test
    void theLargestArrayFitsOneHeapRegion() {
        RowBytes packed = new RowBytes();
        int size = 0;
        for (int i = 0; i < 100_000; i++) {
            copy(packed, null, new byte[100]);
            size = Math.max(size, packed.array().length);
        }
        // 13 MB went in: the arrays reached their largest size, a region less the array's header.
        assertThat(size + 16).isIn(1 << 20, 2 << 20, 4 << 20, 8 << 20, 16 << 20, 32 << 20, 64 << 20);
    }
}
