package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.ReassignmentPlans;
import io.partita.model.PartitionDetail;
import io.partita.model.ReassignmentPlan;
import io.partita.model.ReassignmentProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code partita reassign --plan FILE}: shows what a kafka-reassign-partitions plan would move; {@code --execute}
 * starts it (optionally throttled), {@code --wait} follows it until done and then removes the throttle.
 */
@Command(name = "reassign", description = {
    "Move partition replicas with a kafka-reassign-partitions JSON plan.",
    "Without --execute it only shows what would move. --execute starts the move and prints the current assignment "
            + "(keep it to roll back). --wait follows running moves of the plan until they are done and then "
            + "removes the replication throttle."})
final class ReassignCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--plan", paramLabel = "FILE", required = true,
            description = "{\"version\":1,\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"replicas\":[1,2]}]}")
    Path plan;

    @Option(names = "--execute", description = "Start the reassignment.")
    boolean execute;

    @Option(names = "--throttle", paramLabel = "BYTES", description = "With --execute: limit the replication "
            + "traffic of the move to BYTES per second per broker.")
    Long throttle;

    @Option(names = "--wait", description = "Wait until the plan's partitions have moved, then clear the throttle.")
    boolean await;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "30m", converter = Converters.Timeout.class,
            description = "Give up waiting after this long (default: ${DEFAULT-VALUE}); the move goes on.")
    Duration maxWait;

    ReassignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (throttle != null && (!execute || throttle <= 0)) {
            throw new IllegalArgumentException("--throttle needs --execute and a positive number of bytes per second");
        }
        ReassignmentPlan target = ReassignmentPlans.fromJson(read(plan));
        try (ClusterSession session = CliSessions.open(connection, context)) {
            Map<String, List<PartitionDetail>> now = current(session, target);
            ReassignmentPlan before = before(target, now);
            printMoves(target, before);
            if (execute) {
                session.reassignments().execute(target, throttle, connection.timeout());
                context.out().println("Started. Current assignment, to roll back with --plan:");
                context.out().println(JsonOut.write(json(before)));
                if (throttle != null && !await) {
                    context.err().println("partita: the throttle stays until the move is done and you run "
                            + "'partita reassign --plan " + plan + " --wait'");
                }
            } else if (!await) {
                context.out().println("Nothing changed (dry run): add --execute to start.");
            }
            if (await) {
                waitUntilDone(session, target);
            }
        }
        return Cli.OK;
    }

    /** The plan in kafka-reassign-partitions' format, as one line. */
    static Map<String, Object> json(ReassignmentPlan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1);
        json.put("partitions", plan.partitions().stream().map(m -> {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("topic", m.topic());
            move.put("partition", m.partition());
            move.put("replicas", m.replicas());
            return move;
        }).toList());
        return json;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan " + file + ": " + e.getMessage(), e);
        }
    }

    private Map<String, List<PartitionDetail>> current(ClusterSession session, ReassignmentPlan target) {
        Map<String, List<PartitionDetail>> now = new HashMap<>();
        target.partitions().stream().map(ReassignmentPlan.Move::topic).distinct()
                .forEach(t -> now.put(t, session.topics().partitions(t, connection.timeout())));
        return now;
    }

    private static ReassignmentPlan before(ReassignmentPlan target, Map<String, List<PartitionDetail>> now) {
        List<ReassignmentPlan.Move> moves = new ArrayList<>();
        for (ReassignmentPlan.Move m : target.partitions()) {
            PartitionDetail p = now.get(m.topic()).stream().filter(d -> d.partition() == m.partition()).findFirst()
                    .orElseThrow(() -> new CliFailure(m.topic() + " has no partition " + m.partition()));
            moves.add(new ReassignmentPlan.Move(m.topic(), m.partition(), p.replicas()));
        }
        return new ReassignmentPlan(moves);
    }

    private void printMoves(ReassignmentPlan target, ReassignmentPlan before) {
        TextTable table = new TextTable("TOPIC", "PARTITION", "REPLICAS NOW", "TARGET", "");
        for (int i = 0; i < target.partitions().size(); i++) {
            ReassignmentPlan.Move to = target.partitions().get(i);
            ReassignmentPlan.Move from = before.partitions().get(i);
            table.row(to.topic(), to.partition(), TopicsCommand.ids(from.replicas()), TopicsCommand.ids(to.replicas()),
                    from.replicas().equals(to.replicas()) ? "unchanged" : "moves");
        }
        table.print(context.out(), "");
    }

    private void waitUntilDone(ClusterSession session, ReassignmentPlan target) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        List<ReassignmentProgress> running = running(session, target);
        while (!running.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new CliFailure(running.size() + " partitions still moving after " + maxWait.toSeconds()
                        + " s; the move goes on (run --wait again to follow it)");
            }
            context.err().println("partita: " + running.size() + " partitions still moving...");
            Thread.sleep(1000);
            running = running(session, target);
        }
        List<Integer> brokers = session.cluster().liveBrokers(connection.timeout()).stream()
                .map(io.partita.model.BrokerNode::id).toList();
        session.reassignments().clearThrottle(target, brokers, connection.timeout());
        context.out().println("Reassignment done; replication throttle cleared.");
    }

    private List<ReassignmentProgress> running(ClusterSession session, ReassignmentPlan target) {
        return session.reassignments().inProgress(connection.timeout()).stream()
                .filter(p -> target.partitions().stream()
                        .anyMatch(m -> m.topic().equals(p.topic()) && m.partition() == p.partition()))
                .toList();
    }
}
