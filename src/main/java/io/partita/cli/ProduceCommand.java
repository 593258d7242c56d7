package io.partita.cli;

import io.partita.async.BackgroundTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.SendControl;
import io.partita.model.HeaderDraft;
import io.partita.model.PayloadDraft;
import io.partita.model.ProduceFormat;
import io.partita.model.ProducerSettings;
import io.partita.model.RecordDraft;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.produce.DraftException;
import io.partita.produce.DraftRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partita produce TOPIC ...}: send one record or N copies and report every record's outcome. */
@Command(name = "produce", sortOptions = false,
        description = {"Send a record (or --count copies) to TOPIC and report each one: partition, offset and "
                + "timestamp, or the error with what to check. Exit code 1 if any record was not delivered.",
            // picocli expands ${...} in help text: $${ prints ${.
            "Key, value and header values may hold placeholders, different in each copy: $${i}, $${uuid}, $${now}, "
                + "$${nowMillis}, $${randomInt(a,b)}, $${randomDouble(a,b)}, $${randomString(n)}, "
                + "$${randomString(min,max)}, $${pick(a,b,c)}. To send a placeholder literally, double its dollar sign.",
            "No --value and no --file sends a null value (a tombstone)."})
final class ProduceCommand implements java.util.concurrent.Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to write to.")
    String topic;

    @Option(names = "--key", paramLabel = "K", description = "Record key (none: null key).")
    String key;

    @Option(names = "--key-format", paramLabel = "FORMAT", defaultValue = "string",
            description = "string, json, hex or base64 (default: ${DEFAULT-VALUE}).")
    String keyFormat;

    @Option(names = "--value", paramLabel = "V", description = "Record value.")
    String value;

    @Option(names = "--file", paramLabel = "F", description = "Read the value from file F (UTF-8 text; - for stdin). "
            + "A file ending in .jsonl is a record export (consume --export, the app's Export): each line is sent "
            + "as its own record with its original key, value and header bytes and timestamp.")
    Path file;

    @Option(names = "--keep-partitions", description = "With a .jsonl file: send each record to the partition it "
            + "was exported from (default: by key hash).")
    boolean keepPartitions;

    @Option(names = "--header", paramLabel = "k=v", description = "A header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--partition", paramLabel = "P", description = "Fixed partition (default: by key hash).")
    Integer partition;

    @Option(names = "--value-format", paramLabel = "FORMAT", defaultValue = "string",
            description = "string, json (checked), avro (JSON input, registry schema), hex or base64 "
                    + "(default: ${DEFAULT-VALUE}).")
    String valueFormat;

    @Option(names = "--value-subject", paramLabel = "S",
            description = "Registry subject of the Avro value schema (default: TOPIC-value).")
    String valueSubject;

    @Option(names = "--value-version", paramLabel = "N", defaultValue = "latest",
            description = "Version of that subject (default: ${DEFAULT-VALUE}).")
    String valueVersion;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "Copies to send (default: 1).")
    long count;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "0",
            description = "At most this many records per second (default: no limit).")
    double rate;

    @Option(names = "--acks", paramLabel = "0|1|all",
            description = "Acknowledgements to wait for (default: all, or the profile's acks).")
    String acks;

    @Option(names = "--json", description = "One JSON object per record, in record order.")
    boolean json;

    @Mixin
    ConnectionOptions connection;

    ProduceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (file != null && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return importLines();
        }
        if (keepPartitions) {
            throw usage("--keep-partitions goes with --file F.jsonl");
        }
        RecordDraft draft = draft();
        ConnectionOptions.Target target = connection.resolve(context);
        try (ClusterSession session = ClusterSession.open(target.profile(), target.credentials())) {
            ProducerSettings settings = settings(session.sender().defaultSettings());
            DraftRecords records = prepare(session, draft);
            SendSummary summary = send(session, records, settings);
            return summary.allDelivered() ? Cli.OK : Cli.FAILED;
        }
    }

    private Integer importLines() {
        if (key != null || value != null || !headers.isEmpty() || partition != null || count != 1) {
            throw usage("--file F.jsonl sends the file's records as they are: no --key, --value, --header, "
                    + "--partition or --count with it");
        }
        ConnectionOptions.Target target = connection.resolve(context);
        try (io.partita.transfer.JsonLinesSource records = io.partita.transfer.JsonLinesSource.open(file, topic,
                keepPartitions);
             ClusterSession session = ClusterSession.open(target.profile(), target.credentials())) {
            ProducerSettings settings = settings(session.sender().defaultSettings());
            SendSummary summary = send(session, records, settings);
            return summary.allDelivered() ? Cli.OK : Cli.FAILED;
        }
    }

    private DraftRecords prepare(ClusterSession session, RecordDraft draft) {
        DraftRecords.SchemaLookup lookup = session.registry()
                .<DraftRecords.SchemaLookup>map(r -> r::schema).orElse(DraftRecords.SchemaLookup.NONE);
        try {
            return DraftRecords.prepare(draft, count, lookup, new Random(), Clock.systemUTC());
        } catch (DraftException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    private SendSummary send(ClusterSession session, io.partita.model.RecordSource records,
                             ProducerSettings settings) {
        BlockingQueue<SendResult> results = new LinkedBlockingQueue<>();
        CompletableFuture<SendSummary> done = new CompletableFuture<>();
        SendControl control = new SendControl();
        ProduceOutput output = new ProduceOutput(context.out(), json);
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(Runnable::run);
             SignalCancel signals = new SignalCancel(control, () -> context.err().println(
                     "partita: cancelling: waiting for the records in flight (Ctrl+C again to stop waiting)"))) {
            runner.run(() -> session.sender().send(records, settings, rate, results::add, control),
                    done::complete, done::completeExceptionally);
            drain(results, done, output, control);
        }
        SendSummary summary;
        try {
            summary = done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        output.finish(summary, topic);
        return summary;
    }

    /** Prints results as they come, on this thread, until the send is over and every result printed. */
    private static void drain(BlockingQueue<SendResult> results, CompletableFuture<SendSummary> done,
                              ProduceOutput output, SendControl control) {
        while (!done.isDone() || !results.isEmpty()) {
            try {
                SendResult r = results.poll(100, TimeUnit.MILLISECONDS);
                if (r == null) {
                    output.flush();
                    continue;
                }
                output.accept(r);
                while ((r = results.poll()) != null) {
                    output.accept(r);
                }
                output.flush();
            } catch (InterruptedException e) {
                control.abort();
            }
        }
    }

    private RecordDraft draft() {
        if (value != null && file != null) {
            throw usage("--value and --file exclude each other");
        }
        if (count < 1) {
            throw usage("--count must be at least 1");
        }
        if (rate < 0) {
            throw usage("--rate must be 0 (no limit) or more");
        }
        ProduceFormat vf = format(valueFormat, "--value-format");
        ProduceFormat kf = key == null ? ProduceFormat.NULL : format(keyFormat, "--key-format");
        if (kf == ProduceFormat.AVRO) {
            throw usage("--key-format avro is not supported here: use the app for Avro keys");
        }
        String valueText = file != null ? readFile(file) : value;
        PayloadDraft v = valueText == null ? PayloadDraft.none()
                : new PayloadDraft(vf, valueText, valueSubject, valueVersion);
        return new RecordDraft(topic, partition, new PayloadDraft(kf, key, null, null), v, headerDrafts());
    }

    private List<HeaderDraft> headerDrafts() {
        List<HeaderDraft> list = new ArrayList<>();
        for (String h : headers) {
            int eq = h.indexOf('=');
            if (eq <= 0) {
                throw usage("--header needs key=value, not '" + h + "'");
            }
            list.add(HeaderDraft.string(h.substring(0, eq), h.substring(eq + 1)));
        }
        return list;
    }

    private ProducerSettings settings(ProducerSettings base) {
        ProducerSettings s = base;
        if (acks != null) {
            String a = acks.strip().toLowerCase(java.util.Locale.ROOT);
            if (!ProducerSettings.ACKS.contains(a) && !"-1".equals(a)) {
                throw usage("--acks must be 0, 1 or all, not '" + acks + "'");
            }
            s = s.withAcks(a).withIdempotence(s.idempotence() && ("all".equals(a) || "-1".equals(a)));
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--timeout")) {
            // --timeout bounds each record: its delivery timeout, with a request timeout that fits inside.
            int delivery = (int) Math.min(Integer.MAX_VALUE, connection.timeout().toMillis());
            int request = Math.max(1, Math.min(s.requestTimeoutMs(), (delivery - s.lingerMs()) / 2));
            s = s.withTimeouts(Math.max(delivery, s.lingerMs() + request), request);
        }
        return s;
    }

    private ProduceFormat format(String text, String option) {
        try {
            return ProduceFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private String readFile(Path path) {
        try {
            byte[] bytes = "-".equals(path.toString()) ? context.in().readAllBytes() : Files.readAllBytes(path);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
