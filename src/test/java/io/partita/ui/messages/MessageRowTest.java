package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.schema.MessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows whose bytes are packed with other rows' ({@link RowBytes}) show and hand out what was read. */
class MessageRowTest {

    private static final FormatChoice AUTO = FormatChoice.AUTO;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<KafkaMessage> records(int count) {
        Random random = new Random(11);
        List<KafkaMessage> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] key = switch (i % 4) {
                case 0 -> null;
                case 1 -> utf8("key-" + i);
                case 2 -> utf8("{\"id\":" + i + ",\"region\":\"eu-" + random.nextInt(9) + "\"}");
                default -> new byte[] {(byte) 0xff, (byte) i, 0, 1};
            };
            byte[] value = switch (i % 5) {
                case 0 -> null;
                case 1 -> utf8("plain text " + i);
                case 4 -> utf8("{\"broken\": " + i);
                default -> utf8("{\"n\":" + i + ",\"price\":" + random.nextInt(100_000) + ".25,\"tags\":[\"a\",\"b"
                        + "x".repeat(random.nextInt(600)) + "\"],\"ok\":true}");
            };
            List<MessageHeader> headers = i % 3 == 0 ? List.of(new MessageHeader("h", utf8("v" + i))) : List.of();
            records.add(new KafkaMessage("t", i % 6, 1_000 + i, i % 7 == 0 ? -1 : 1_767_225_600_000L + i,
                    i % 7 == 0 ? KafkaMessage.TimestampType.NONE : KafkaMessage.TimestampType.CREATE_TIME, key,
                    value, headers));
        }
        return records;
    }

    @Test
    void packedRowsShowTheSamePreviewsAndHandOutTheSameRecordsAsRowsOfTheirOwn() {
        MessageDecoder decoder = new MessageDecoder(null);
        // Small arrays, so rows straddle many of them and some values get arrays of their own.
        RowBytes packed = new RowBytes(4_096);
        List<KafkaMessage> records = records(3_000);
        List<MessageRow> rows = new ArrayList<>();
        List<MessageRow> own = new ArrayList<>();
        for (KafkaMessage record : records) {
            DecodedMessage previews = decoder.preview(record, AUTO, AUTO, MessageRow.PREVIEW_CHARS);
            rows.add(new MessageRow(previews, AUTO, AUTO, packed));
            own.add(new MessageRow(decoder.decode(record, AUTO, AUTO), AUTO, AUTO));
        }
        int deferredValues = 0;
        int deferredKeys = 0;
        for (int i = 0; i < records.size(); i++) {
            MessageRow row = rows.get(i);
            deferredValues += row.valuePreviewWritten() ? 0 : 1;
            deferredKeys += row.keyPreviewWritten() ? 0 : 1;
            assertThat(row.valuePreview()).as("value of %d", i).isEqualTo(own.get(i).valuePreview());
            assertThat(row.valuePreviewWritten()).isTrue();
            assertThat(row.keyPreview()).as("key of %d", i).isEqualTo(own.get(i).keyPreview());
            assertThat(row.keyPreviewWritten()).isTrue();
            assertThat(row.message()).as("record %d", i).usingRecursiveComparison().isEqualTo(records.get(i));
            assertThat(row.size()).isEqualTo(own.get(i).size());
            assertThat(row.failure()).isEqualTo(own.get(i).failure());
            assertThat(row.schemaText()).isEqualTo(own.get(i).schemaText());
            assertThat(row.headerCount()).isEqualTo(records.get(i).headers().size());
            assertThat(row.utcTime()).isEqualTo(own.get(i).utcTime());
        }
        // JSON and text (four values in five, keys "key-n" and JSON keys) were checked, not written, until shown;
        // tombstones, absent keys and binary keys were written at once.
        assertThat(deferredValues).isEqualTo(records.size() * 4 / 5);
        assertThat(deferredKeys).isEqualTo(records.size() / 2);
    }

    @Test
    void aRowsRecordIsACopyNobodyCanChangeTheSharedBytesThrough() {
        RowBytes packed = new RowBytes(4_096);
        MessageDecoder decoder = new MessageDecoder(null);
        KafkaMessage first = records(2).get(1);
        MessageRow row = new MessageRow(decoder.preview(first, AUTO, AUTO, 300), AUTO, AUTO, packed);
        MessageRow next = new MessageRow(decoder.preview(records(3).get(2), AUTO, AUTO, 300), AUTO, AUTO, packed);
        KafkaMessage handedOut = row.message();
        handedOut.value()[0] = 'X';
        handedOut.key()[0] = 'X';
        assertThat(row.message().value()).isEqualTo(first.value());
        assertThat(row.message().key()).isEqualTo(first.key());
        assertThat(next.message()).usingRecursiveComparison().isEqualTo(records(3).get(2));
        Set<byte[]> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.add(handedOut.value());
        distinct.add(row.message().value());
        assertThat(distinct).hasSize(2);
    }
}
