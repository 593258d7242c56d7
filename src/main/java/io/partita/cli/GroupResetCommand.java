package io.partita.cli;

import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetRow;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import io.partita.model.TimeInput;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code partita groups reset-offsets G --to-… [--topic T[:P,…]]… [--execute]}: a dry run unless {@code --execute},
 * like Kafka's own tool. Executing is refused while the group has members.
 */
@Command(name = "reset-offsets", description = {
    "Move a group's committed offsets. Prints the plan (current -> new, lag before and after); commits it only "
            + "with --execute, and only while the group has no active members.",
    "Without --topic: every partition of every topic the group has committed on."})
final class GroupResetCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec command;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "GROUP", description = "The group id.")
    String group;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--topic", paramLabel = "TOPIC[:P,...]",
            description = "Only this topic (or these partitions of it). Repeat for more topics.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--all-topics", description = "Every topic the group has committed on (the default).")
    boolean allTopics;

    @ArgGroup(exclusive = true)
    Run run = new Run();

    @Option(names = "--json", description = "One JSON object: the plan and whether it was executed.")
    boolean json;

    static final class Mode {
        @Option(names = "--to-earliest", description = "The first offset still in the log.")
        boolean earliest;
        @Option(names = "--to-latest", description = "The log end (skip everything not yet consumed).")
        boolean latest;
        @Option(names = "--to-datetime", paramLabel = "TIME", converter = TimeConverter.class,
                description = "The first record at or after TIME: 2024-06-01T12:00:00Z, 2024-06-01T12:00 "
                        + "(local time), 2024-06-01, or epoch milliseconds.")
        Instant datetime;
        @Option(names = "--to-offset", paramLabel = "N", description = "This offset on every chosen partition.")
        Long offset;
        @Option(names = "--shift-by", paramLabel = "N", description = "Move by N (negative = back).")
        Long shift;
    }

    static final class Run {
        @Option(names = "--dry-run", description = "Only show the plan (the default).")
        boolean dryRun;
        @Option(names = "--execute", description = "Commit the new offsets.")
        boolean execute;
    }

    GroupResetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OffsetResetSpec spec = spec();
        ResetScope scope = scope();
        OffsetResetPlan plan = GroupsCommand.withSession(context, connection, s -> {
            OffsetResetPlan planned = s.groups().planReset(group, spec, scope, connection.timeout());
            if (run.execute) {
                s.groups().executeReset(planned, connection.timeout());
            }
            return planned;
        });
        if (json) {
            context.printJson(GroupsJson.plan(plan, run.execute));
        } else {
            print(context.out(), plan, run.execute);
        }
        if (!run.execute && plan.activeMembers() > 0) {
            context.err().println("partita: note: group " + group + " has " + plan.activeMembers()
                    + " active member(s) (state " + plan.groupState() + "): --execute is refused until they stop");
        }
        return Cli.OK;
    }

    private OffsetResetSpec spec() {
        if (mode.earliest) {
            return new OffsetResetSpec.ToEarliest();
        }
        if (mode.latest) {
            return new OffsetResetSpec.ToLatest();
        }
        if (mode.datetime != null) {
            return new OffsetResetSpec.ToTimestamp(mode.datetime);
        }
        if (mode.offset != null) {
            if (mode.offset < 0) {
                throw new ParameterException(command.commandLine(), "--to-offset must be 0 or more");
            }
            return new OffsetResetSpec.ToOffset(mode.offset);
        }
        return new OffsetResetSpec.ShiftBy(mode.shift);
    }

    private ResetScope scope() {
        if (topics.isEmpty()) {
            return ResetScope.allTopics();
        }
        if (allTopics) {
            throw new ParameterException(command.commandLine(), "--all-topics and --topic exclude each other");
        }
        Map<String, Set<Integer>> chosen = new TreeMap<>();
        for (String spec : topics) {
            int colon = spec.indexOf(':');
            String topic = colon < 0 ? spec : spec.substring(0, colon);
            if (topic.isBlank()) {
                throw new ParameterException(command.commandLine(), "--topic needs a topic name: '" + spec + "'");
            }
            Set<Integer> partitions = chosen.computeIfAbsent(topic, t -> new TreeSet<>());
            if (colon >= 0) {
                partitions.addAll(partitions(spec.substring(colon + 1), spec));
            }
        }
        return new ResetScope(chosen);
    }

    private List<Integer> partitions(String list, String spec) {
        List<Integer> result = new ArrayList<>();
        for (String part : list.split(",")) {
            try {
                int p = Integer.parseInt(part.strip());
                if (p < 0) {
                    throw new NumberFormatException();
                }
                result.add(p);
            } catch (NumberFormatException e) {
                throw new ParameterException(command.commandLine(), "--topic " + spec + ": '" + part
                        + "' is not a partition number (write e.g. orders:0,1,2)");
            }
        }
        return result;
    }

    private static void print(PrintStream out, OffsetResetPlan plan, boolean executed) {
        out.println("Offset reset of group " + plan.groupId() + " " + plan.spec().describe() + " ("
                + plan.scope().describe() + ")" + (executed ? "" : ": DRY RUN, nothing committed"));
        out.println();
        TextTable table = new TextTable("TOPIC", "PARTITION", "CURRENT", "NEW", "END", "LAG-NOW", "LAG-AFTER", "NOTE");
        for (OffsetResetRow r : plan.rows()) {
            table.row(r.topic(), r.partition(), r.currentOffset(), r.newOffset(), r.endOffset(), r.currentLag(),
                    r.resultingLag(), r.note());
        }
        table.print(out, "");
        if (!plan.skipped().isEmpty()) {
            out.println("Left alone (nothing committed to shift from): " + plan.skipped());
        }
        out.println();
        Long before = plan.currentTotalLag();
        out.println("Total lag now " + (before == null ? "- (nothing committed)" : before) + ", after "
                + plan.resultingTotalLag() + "; " + plan.changedPartitions() + " of " + partitions(plan.rows().size())
                + " change.");
        out.println(executed ? "Committed the new offsets of " + partitions(plan.rows().size()) + "."
                : "Run again with --execute to commit these offsets.");
    }

    private static String partitions(int n) {
        return n + (n == 1 ? " partition" : " partitions");
    }

    /** The forms of {@link TimeInput}, in the system's time zone. */
    static final class TimeConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return TimeInput.parse(value, ZoneId.systemDefault());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
