package io.partita.produce;

import io.partita.model.HeaderDraft;
import io.partita.model.OutgoingRecord;
import io.partita.model.PayloadDraft;
import io.partita.model.ProduceFormat;
import io.partita.model.RecordDraft;
import io.partita.model.RecordSource;
import io.partita.model.RegisteredSchema;
import io.partita.schema.PayloadEncoder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The records of a draft sent {@code count} times: placeholders compiled and schemas resolved once, each copy
 * rendered and encoded when the sender asks for it. Parts without placeholders are encoded once and shared.
 * {@link #prepare} does registry I/O (bounded by the registry client); call it off the UI thread.
 * Errors are {@link DraftException}s naming the part. Not thread-safe: used by one sending thread.
 */
public final class DraftRecords implements RecordSource {

    /** Finds a registered schema by subject and version ("latest" or a number). */
    @FunctionalInterface
    public interface SchemaLookup {
        RegisteredSchema schema(String subject, String version);

        SchemaLookup NONE = (subject, version) -> {
            throw new IllegalArgumentException("this connection has no schema registry, and Avro needs one: "
                    + "add the registry URL to the profile");
        };
    }

    private final RecordDraft draft;
    private final long count;
    private final Random random;
    private final Clock clock;
    private final Side key;
    private final Side value;
    private final List<Side> headers;

    private DraftRecords(RecordDraft draft, long count, Random random, Clock clock, Side key, Side value,
                         List<Side> headers) {
        this.draft = draft;
        this.count = count;
        this.random = random;
        this.clock = clock;
        this.key = key;
        this.value = value;
        this.headers = headers;
    }

    /**
     * Compiles, resolves schemas and encodes copy 0 once as a check, so a mistake is reported before anything
     * is sent.
     *
     * @throws DraftException naming the part at fault
     */
    public static DraftRecords prepare(RecordDraft draft, long count, SchemaLookup schemas, Random random,
                                       Clock clock) {
        if (draft.topic().isBlank()) {
            throw new DraftException(DraftException.Part.TOPIC, -1, "choose a topic", null);
        }
        if (draft.partition() != null && draft.partition() < 0) {
            throw new DraftException(DraftException.Part.PARTITION, -1, "must be 0 or more", null);
        }
        Side key = Side.of(draft.key(), schemas, draft.topic() + "-key", DraftException.Part.KEY, -1);
        Side value = Side.of(draft.value(), schemas, draft.topic() + "-value", DraftException.Part.VALUE, -1);
        List<Side> headers = new ArrayList<>();
        for (int h = 0; h < draft.headers().size(); h++) {
            HeaderDraft header = draft.headers().get(h);
            if (header.key().isBlank()) {
                throw new DraftException(DraftException.Part.HEADER, h, "a header needs a name", null);
            }
            PayloadDraft asPayload = new PayloadDraft(header.format(), header.value(), null, null);
            headers.add(Side.of(asPayload, schemas, null, DraftException.Part.HEADER, h));
        }
        DraftRecords records = new DraftRecords(draft, count, random, clock, key, value, headers);
        records.render(new RecordContext(0, new Random(random.nextLong()), clock));
        return records;
    }

    @Override
    public String topic() {
        return draft.topic();
    }

    @Override
    public long count() {
        return count;
    }

    /** The Avro schema the value is encoded with, if any (shown in the report). */
    public RegisteredSchema valueSchema() {
        return value.encoder.schema();
    }

    @Override
    public OutgoingRecord record(long index) {
        return render(new RecordContext(index, random, clock));
    }

    private OutgoingRecord render(RecordContext context) {
        byte[] k = key.bytes(context);
        byte[] v = value.bytes(context);
        List<OutgoingRecord.Header> hs = new ArrayList<>(headers.size());
        for (int h = 0; h < headers.size(); h++) {
            hs.add(new OutgoingRecord.Header(draft.headers().get(h).key(), headers.get(h).bytes(context)));
        }
        return new OutgoingRecord(draft.topic(), draft.partition(), k, v, hs);
    }

    /** One key, value or header: its template, encoder, and bytes when constant. */
    private static final class Side {
        private final Template template;
        private final PayloadEncoder encoder;
        private final DraftException.Part part;
        private final int header;
        private byte[] constant;
        private boolean constantReady;

        private Side(Template template, PayloadEncoder encoder, DraftException.Part part, int header) {
            this.template = template;
            this.encoder = encoder;
            this.part = part;
            this.header = header;
        }

        static Side of(PayloadDraft payload, SchemaLookup schemas, String defaultSubject, DraftException.Part part,
                       int header) {
            try {
                Template template = payload.format() == ProduceFormat.NULL
                        ? Placeholders.compile("") : Placeholders.compile(payload.text());
                PayloadEncoder encoder = payload.format() == ProduceFormat.AVRO
                        ? PayloadEncoder.avro(schemas.schema(
                                payload.subject() == null ? defaultSubject : payload.subject(), payload.version()))
                        : PayloadEncoder.of(payload.format());
                return new Side(template, encoder, part, header);
            } catch (DraftException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new DraftException(part, header, message(e), e);
            }
        }

        byte[] bytes(RecordContext context) {
            if (constantReady) {
                return constant;
            }
            try {
                byte[] b = encoder.encode(template.render(context));
                if (template.isConstant()) {
                    constant = b;
                    constantReady = true;
                }
                return b;
            } catch (RuntimeException e) {
                throw new DraftException(part, header, message(e), e);
            }
        }

        private static String message(RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
