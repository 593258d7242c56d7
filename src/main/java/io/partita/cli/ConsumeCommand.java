package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import io.partita.schema.ValueJson;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code partita consume TOPIC}: reads records like kcat, decoded (Avro through the registry, JSON, text, hex).
 * Without {@code --follow} it stops at the end offsets the partitions had when it started.
 */
@Command(name = "consume", description = "Read records of a topic, decoded; stops at the current end unless "
        + "--follow.")
final class ConsumeCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to read.")
    String topic;

    @Option(names = "--from", paramLabel = "POSITION", defaultValue = "beginning", converter = StartConverter.class,
            description = "beginning, end-N (last N per partition), offset:N, time:ISO-INSTANT or group:NAME "
                    + "(default: ${DEFAULT-VALUE}).")
    StartPosition from;

    @Option(names = "--partition", paramLabel = "P", description = "Read only this partition (repeatable).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records in total.")
    long max;

    @Option(names = "--follow", description = "Keep reading new records until interrupted (Ctrl+C).")
    boolean follow;

    @Option(names = "--key-format", paramLabel = "F", defaultValue = "auto", converter = FormatConverter.class,
            description = "auto, avro, avro:subject=S, avro:id=N, json, text, hex, int32, int64, double "
                    + "(default: ${DEFAULT-VALUE}).")
    FormatChoice keyFormat;

    @Option(names = "--value-format", paramLabel = "F", defaultValue = "auto", converter = FormatConverter.class,
            description = "As --key-format (default: ${DEFAULT-VALUE}).")
    FormatChoice valueFormat;

    @Option(names = "--json", description = "One JSON object per record and line.")
    boolean json;

    ConsumeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (max < 0) {
            throw new IllegalArgumentException("--max must not be negative");
        }
        ConnectionOptions.Target target = connection.resolve(context);
        ReadRequest request = new ReadRequest(topic, partitions, from,
                follow ? StopCondition.NEVER : StopCondition.AT_END, max, keyFormat, valueFormat);
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<ReadProgress> last = new AtomicReference<>();
        try (ClusterSession session = ClusterSession.open(target.profile(), target.credentials())) {
            MessageReader reader = session.read(request, new Printer(context.out(), json, error, last),
                    connection.timeout());
            while (!reader.awaitFinished(Duration.ofSeconds(1))) {
                // A follow runs until Ctrl+C ends the process; reading to the end finishes by itself.
            }
        }
        if (error.get() != null) {
            throw new CliFailure(error.get());
        }
        if (!json && last.get() != null) {
            summary(context.err(), last.get());
        }
        return Cli.OK;
    }

    private static void summary(PrintStream err, ReadProgress progress) {
        err.println("partita: read " + progress.read() + " record(s) from " + progress.partitions().size()
                + " partition(s)" + (progress.failed() > 0 ? ", " + progress.failed() + " not fully decoded" : ""));
        progress.notes().forEach(note -> err.println("partita: " + note));
    }

    /** Prints each batch with one write (a flush per line would make a million records slow). */
    private static final class Printer implements MessageReader.Sink {
        private final PrintStream out;
        private final boolean json;
        private final AtomicReference<String> error;
        private final AtomicReference<ReadProgress> last;

        Printer(PrintStream out, boolean json, AtomicReference<String> error, AtomicReference<ReadProgress> last) {
            this.out = out;
            this.json = json;
            this.error = error;
            this.last = last;
        }

        @Override
        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
            StringBuilder text = new StringBuilder(batch.size() * 256);
            for (DecodedMessage message : batch) {
                if (json) {
                    text.append(ValueJson.compact(ValueJson.record(message)));
                } else {
                    line(text, message);
                }
                text.append('\n');
            }
            out.print(text);
            out.flush();
        }

        @Override
        public void onFinished(ReadProgress progress, String failure) {
            last.set(progress);
            error.set(failure);
            out.flush();
        }

        private static void line(StringBuilder text, DecodedMessage m) {
            text.append("partition ").append(m.message().partition()).append(" offset ")
                    .append(m.message().offset()).append(' ')
                    .append(m.message().instant() == null ? "-" : m.message().instant().toString())
                    .append("  key: ").append(shown(m.key()))
                    .append("  value: ").append(shown(m.value()));
            String reason = ValueJson.error(m);
            if (reason != null) {
                text.append("  (not decoded: ").append(reason).append(')');
            }
        }

        private static String shown(DecodedValue value) {
            Object plain = ValueJson.jsonValue(value);
            if (value instanceof DecodedValue.Absent) {
                return "null";
            }
            return plain instanceof String s && !(value.format() == io.partita.model.DataFormat.JSON)
                    ? s : ValueJson.compact(plain);
        }
    }

    static final class StartConverter implements ITypeConverter<StartPosition> {
        @Override
        public StartPosition convert(String value) {
            try {
                return StartPosition.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<FormatChoice> {
        @Override
        public FormatChoice convert(String value) {
            try {
                return FormatChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
