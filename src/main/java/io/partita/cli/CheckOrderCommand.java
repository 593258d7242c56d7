package io.partita.cli;

import io.partita.filter.OrderCheck;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partita check-order TOPIC}: reads each partition to its current end and lists records whose timestamp is
 * earlier than the previous offset's. Exit code 0 either way (finding inversions is an answer, not a failure).
 */
@Command(name = "check-order", description = "Find records whose timestamp is earlier than the previous record's "
        + "in the same partition (producer re-ordering, clock skew).")
final class CheckOrderCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to check.")
    String topic;

    @Option(names = "--partition", paramLabel = "P", description = "Check only this partition (repeatable).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--from", paramLabel = "POSITION", defaultValue = "beginning",
            converter = ConsumeCommand.StartConverter.class,
            description = "Where to start, as for consume (default: ${DEFAULT-VALUE}).")
    StartPosition from;

    @Option(names = "--show", paramLabel = "N", defaultValue = "100",
            description = "List at most N inversions (all are counted; default: ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--json", description = "One JSON object: counts, per-partition counts and the inversions.")
    boolean json;

    CheckOrderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (show < 0) {
            throw new IllegalArgumentException("--show must not be negative");
        }
        ConnectionOptions.Target target = connection.resolve(context);
        // Only metadata matters: keys and values are taken as text, never through the registry.
        ReadRequest request = new ReadRequest(topic, partitions, from, StopCondition.AT_END, 0,
                FormatChoice.of(FormatChoice.Mode.TEXT), FormatChoice.of(FormatChoice.Mode.TEXT));
        OrderCheck check = new OrderCheck(show);
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<ReadProgress> last = new AtomicReference<>();
        try (ClusterSession session = ClusterSession.open(target.profile(), target.credentials())) {
            MessageReader reader = session.read(request, new MessageReader.Sink() {
                @Override
                public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                    batch.forEach(m -> check.accept(m.message()));
                }

                @Override
                public void onFinished(ReadProgress progress, String failure) {
                    last.set(progress);
                    error.set(failure);
                }
            }, connection.timeout());
            while (!reader.awaitFinished(Duration.ofSeconds(1))) {
                // Reading to the end finishes by itself; Ctrl+C ends the process.
            }
        }
        if (error.get() != null) {
            throw new CliFailure(error.get());
        }
        if (json) {
            context.printJson(json(check));
        } else {
            text(check, last.get());
        }
        return Cli.OK;
    }

    private Map<String, Object> json(OrderCheck check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("topic", topic);
        out.put("checked", check.checked());
        out.put("withoutTimestamp", check.withoutTimestamp());
        out.put("inversions", check.inversionCount());
        Map<String, Long> perPartition = new TreeMap<>();
        check.inversionsPerPartition().forEach((p, n) -> perPartition.put(String.valueOf(p), n));
        out.put("perPartition", perPartition);
        List<Map<String, Object>> list = new ArrayList<>();
        for (OrderCheck.Inversion i : check.inversions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partition", i.partition());
            row.put("offset", i.offset());
            row.put("timestamp", Instant.ofEpochMilli(i.timestamp()).toString());
            row.put("previousOffset", i.previousOffset());
            row.put("previousTimestamp", Instant.ofEpochMilli(i.previousTimestamp()).toString());
            row.put("backwardsMs", i.backwardsMillis());
            list.add(row);
        }
        out.put("shown", list);
        return out;
    }

    private void text(OrderCheck check, ReadProgress progress) {
        var out = context.out();
        out.println(check.inversionCount() + " record(s) earlier than the record before them, of "
                + check.checked() + " checked in " + (progress == null ? 0 : progress.partitions().size())
                + " partition(s)" + (check.withoutTimestamp() > 0
                ? "; " + check.withoutTimestamp() + " without a timestamp skipped" : ""));
        if (check.inversionCount() == 0) {
            return;
        }
        TextTable table = new TextTable("PARTITION", "OFFSET", "TIMESTAMP", "PREVIOUS OFFSET", "PREVIOUS TIMESTAMP",
                "BACK BY");
        for (OrderCheck.Inversion i : check.inversions()) {
            table.row(i.partition(), i.offset(), Instant.ofEpochMilli(i.timestamp()), i.previousOffset(),
                    Instant.ofEpochMilli(i.previousTimestamp()), Duration.ofMillis(i.backwardsMillis()));
        }
        table.print(out, "");
        if (check.inversionCount() > check.inversions().size()) {
            out.println("(" + (check.inversionCount() - check.inversions().size()) + " more not listed: --show N)");
        }
    }
}
