package io.partita.cli;

import io.partita.filter.FilterSyntaxException;
import io.partita.filter.RecordFilter;
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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to read.")
    String topic;

    @Option(names = "--from", paramLabel = "POSITION", defaultValue = "beginning", converter = StartConverter.class,
            description = "beginning, end-N (last N per partition), offset:N, time:T or group:NAME "
                    + "(default: ${DEFAULT-VALUE}). T: 2026-06-01T12:00:00Z, 2026-06-01T12:00 (local time), "
                    + "2026-06-01 or epoch milliseconds.")
    StartPosition from;

    @Option(names = "--partition", paramLabel = "P", description = "Read only this partition (repeatable).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records in total (N matches with "
            + "--filter).")
    long max;

    @Option(names = "--until", paramLabel = "T", description = "Stop each partition before its first "
            + "record at or after this time, T as for --from time:T (a time window with --from time:...).")
    String until;

    @Option(names = "--filter", paramLabel = "EXPR", description = "Print only records matching EXPR, e.g. "
            + "'value.customer.id == 42 && headers.source == \"web\" && timestamp > \"2026-01-01T00:00:00Z\"'. "
            + "Paths start at key, value, headers, partition, offset, timestamp, keySize, valueSize, size, topic; "
            + "operators == != < <= > >= && || ! contains matches startsWith endsWith in [..]; exists(path).")
    String filter;

    @Option(names = "--count", description = "Print only the number of matching and scanned records.")
    boolean count;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the records to FILE instead of printing "
            + "them: JSON Lines with raw bytes in base64 (re-importable with produce --file FILE.jsonl), or CSV "
            + "with flattened value columns when FILE ends in .csv.")
    java.nio.file.Path export;

    @Option(names = "--follow", description = "Keep reading new records until Ctrl+C (or --max records), then "
            + "print the summary.")
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
        RecordFilter compiled = compileFilter();
        if (export != null && count) {
            throw new IllegalArgumentException("--export and --count exclude each other");
        }
        if (follow && (count || until != null)) {
            throw new IllegalArgumentException("--follow never ends, so it cannot be combined with --count or --until");
        }
        ReadRequest request = new ReadRequest(topic, partitions, from, stopCondition(), max, keyFormat, valueFormat);
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<ReadProgress> last = new AtomicReference<>();
        io.partita.transfer.RecordExporter exporter = export == null ? null
                : io.partita.transfer.RecordExporter.open(export, io.partita.transfer.ExportFormat.forFile(export));
        DecodeFailures failures = new DecodeFailures();
        try (ClusterSession session = CliSessions.open(connection, context)) {
            MessageReader.Sink sink = count ? new Counter(error, last)
                    : exporter != null ? new Exporting(exporter, error, last)
                    : new Printer(context.out(), json, error, last);
            MessageReader reader = session.search(request, compiled, reporting(sink, failures, context.err()),
                    connection.timeout());
            try (io.partita.async.TaskRunner signals = new io.partita.async.BackgroundTaskRunner(Runnable::run)) {
                if (follow) {
                    stopOnSignal(reader, signals);
                }
                while (!reader.awaitFinished(Duration.ofSeconds(1))) {
                    // A follow runs until Ctrl+C (or --max); reading to the end finishes by itself.
                }
            }
            if (error.get() == null && exporter != null) {
                exporter.commit();
                context.err().println("partita: exported " + exporter.written() + " record(s) to "
                        + exporter.target());
            }
        } finally {
            if (exporter != null) {
                exporter.close();
            }
        }
        if (error.get() != null) {
            throw new CliFailure(error.get() + (exporter != null ? " (nothing written to " + export + ")" : ""));
        }
        ReadProgress progress = last.get();
        if (count && progress != null) {
            CountOutput.print(context, json, compiled, progress);
        } else if (!json && progress != null) {
            summary(context.err(), progress, compiled);
            failures.lines().forEach(line -> context.err().println("partita:   " + line));
        }
        return Cli.OK;
    }

    /**
     * A follow ends on Ctrl+C or SIGTERM like a read that reached its end: the records read are all printed, then the
     * summary, exit code 0. The wait for the signal is interrupted when the runner closes, once the read has ended
     * (also by --max); the signal handlers are then put back.
     */
    private void stopOnSignal(MessageReader reader, io.partita.async.TaskRunner signals) {
        signals.run(() -> {
            context.shutdownSignal().await();
            return null;
        }, signalled -> reader.stop(), readEnded -> { });
    }

    private RecordFilter compileFilter() {
        try {
            return RecordFilter.compile(filter);
        } catch (FilterSyntaxException e) {
            // A parameter error is printed as it is: the pointer keeps its second line under the first.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--filter: " + e.reason()
                    + " at column " + (e.position() + 1) + "\n  " + e.pointer().replace("\n", "\n  "));
        }
    }

    private StopCondition stopCondition() {
        if (follow) {
            return StopCondition.NEVER;
        }
        if (until != null) {
            try {
                return new StopCondition.AtTime(io.partita.model.TimeInput.parse(until,
                        java.time.ZoneId.systemDefault()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--until: " + e.getMessage());
            }
        }
        return StopCondition.AT_END;
    }

    private static void summary(PrintStream err, ReadProgress progress, RecordFilter filter) {
        String matched = filter.matchesAll() ? "" : progress.matched() + " match(es) in ";
        err.println("partita: " + matched + "read " + progress.read() + " record(s) from "
                + progress.partitions().size() + " partition(s)"
                + (progress.failed() > 0 ? ", " + progress.failed() + " not fully decoded" : ""));
        if (!filter.matchesAll()) {
            CountOutput.scannedRanges(progress).forEach(line -> err.println("partita:   " + line));
        }
    }

    /**
     * The sink, with each batch's undecoded keys and values counted first, and the read's notes (a range with no
     * committed offset, a registry that cannot be asked …) said on stderr as they come, each once: a follow or a long
     * read does not keep them to the end.
     */
    private static MessageReader.Sink reporting(MessageReader.Sink sink, DecodeFailures failures, PrintStream err) {
        return new MessageReader.Sink() {
            private int notesSaid;

            @Override
            public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                failures.count(batch);
                sayNotes(progress);
                sink.onBatch(batch, progress);
            }

            @Override
            public void onFinished(ReadProgress progress, String failure) {
                sayNotes(progress);
                sink.onFinished(progress, failure);
            }

            private void sayNotes(ReadProgress progress) {
                List<String> notes = progress == null ? List.of() : progress.notes();
                for (; notesSaid < notes.size(); notesSaid++) {
                    err.println("partita: " + notes.get(notesSaid));
                }
                err.flush();
            }

            @Override
            public int previewChars() {
                return sink.previewChars();
            }
        };
    }

    /** Writes each batch to the export file on the reader thread; a write failure stops the read. */
    private static final class Exporting implements MessageReader.Sink {
        private final io.partita.transfer.RecordExporter exporter;
        private final AtomicReference<String> error;
        private final AtomicReference<ReadProgress> last;
        private volatile String writeError;

        Exporting(io.partita.transfer.RecordExporter exporter, AtomicReference<String> error,
                  AtomicReference<ReadProgress> last) {
            this.exporter = exporter;
            this.error = error;
            this.last = last;
        }

        @Override
        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
            if (writeError != null) {
                return;
            }
            try {
                exporter.write(batch);
            } catch (java.io.UncheckedIOException e) {
                writeError = e.getMessage();
            }
        }

        @Override
        public void onFinished(ReadProgress progress, String failure) {
            last.set(progress);
            error.set(writeError != null ? writeError : failure);
        }
    }

    /** Keeps nothing but the final progress: --count. */
    private static final class Counter implements MessageReader.Sink {
        private final AtomicReference<String> error;
        private final AtomicReference<ReadProgress> last;

        Counter(AtomicReference<String> error, AtomicReference<ReadProgress> last) {
            this.error = error;
            this.last = last;
        }

        @Override
        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
            last.set(progress);
        }

        @Override
        public void onFinished(ReadProgress progress, String failure) {
            last.set(progress);
            error.set(failure);
        }
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
