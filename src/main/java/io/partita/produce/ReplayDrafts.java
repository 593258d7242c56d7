package io.partita.produce;

import io.partita.model.HeaderDraft;
import io.partita.model.OutgoingRecord;
import io.partita.model.PayloadDraft;
import io.partita.model.ProduceFormat;
import io.partita.model.RecordDraft;
import io.partita.schema.AvroJsonEncoder;
import io.partita.schema.PayloadEncoder;
import io.partita.schema.WireFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A consumed record (bytes) back into an editable draft, for "replay": text stays text, JSON is recognised,
 * anything else (Avro in the wire format included) becomes hex, which sends the very same bytes. Placeholders
 * cannot creep in: a literal {@code ${} in the text is escaped. Pure.
 */
public final class ReplayDrafts {

    private ReplayDrafts() {
    }

    public static RecordDraft of(String topic, Integer partition, byte[] key, byte[] value,
                                 List<OutgoingRecord.Header> headers) {
        List<HeaderDraft> hs = new ArrayList<>();
        for (OutgoingRecord.Header h : headers == null ? List.<OutgoingRecord.Header>of() : headers) {
            PayloadDraft p = payload(h.value());
            hs.add(new HeaderDraft(h.key(), p.text(), p.format() == ProduceFormat.JSON ? ProduceFormat.STRING
                    : p.format()));
        }
        return new RecordDraft(topic, partition, payload(key), payload(value), hs);
    }

    /** The draft that sends exactly these bytes (null → the null format). */
    public static PayloadDraft payload(byte[] bytes) {
        if (bytes == null) {
            return PayloadDraft.none();
        }
        OptionalInt schemaId = WireFormat.schemaId(bytes);
        String text = schemaId.isPresent() ? null : utf8(bytes);
        if (text == null || text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            return new PayloadDraft(ProduceFormat.HEX, PayloadEncoder.toHex(bytes), null, null);
        }
        String escaped = text.replace("${", "$${");
        return new PayloadDraft(isJson(text) ? ProduceFormat.JSON : ProduceFormat.STRING, escaped, null, null);
    }

    /** The Avro schema id when these bytes are in the Confluent wire format. */
    public static OptionalInt avroSchemaId(byte[] bytes) {
        return WireFormat.schemaId(bytes);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isJson(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return false;
        }
        try {
            AvroJsonEncoder.parseJson(t);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
