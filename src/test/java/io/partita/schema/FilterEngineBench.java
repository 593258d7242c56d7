package io.partita.schema;

import com.google.protobuf.NullValue;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.partita.filter.FilterSyntaxException;
import io.partita.filter.RecordFilter;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.avro.Schema;

/**
 * Issue 5 asked for a maintained expression library unless measured too slow: Google's CEL (cel-java, test scope
 * only) against our {@link RecordFilter} on the same 2,000 decoded demo orders, one thread. Per expression it
 * checks both select the same records, then times our filter, CEL on trees already converted to the types CEL
 * accepts ({@link CelTrees}), and CEL paying per record for that conversion (a full copy, or views converting on
 * access), which is what a search would pay. Prints thread CPU ns per record for each of 5 passes of 1M
 * evaluations (or the count given) after 5 warm-up passes, and how each engine reports a syntax error.
 * Run: bench/filter-engines.sh; figures in bench/RESULTS-filter-engines.md.
 */
public final class FilterEngineBench {

    private static final int PASSES = 5;
    private static int evaluations = 1_000_000;

    /** One filter in both languages; they must select the same records. */
    private record Case(String name, String ours, String cel) {
    }

    private static final List<Case> CASES = List.of(
            new Case("A", "value.items[0].quantity == 5 && value.shipping.city == \"Berlin\"",
                    "value.items[0].quantity == 5 && value.shipping.city == 'Berlin'"),
            new Case("B", "value.total > 500 && headers.source == \"web\" && value.status in [\"PAID\", \"SHIPPED\"]",
                    "value.total > 500 && headers.source == 'web' && value.status in ['PAID', 'SHIPPED']"),
            new Case("C", "value.customerId endsWith \"7\" || value.customerId matches \"^customer-1\"",
                    "value.customerId.endsWith('7') || value.customerId.matches('^customer-1')"));

    /** The documented runtime (CelFactory.standardCelBuilder) and the newer planner runtime of the same release. */
    private static final Cel CEL = declare(CelFactory.standardCelBuilder());
    private static final Cel PLANNER = declare(CelFactory.plannerCelBuilder());

    /** What runs unless told otherwise; the planner runtime (several times slower here) only on request. */
    private static final List<String> DEFAULT_ENGINES = List.of("ours", "cel-eval", "cel-copy+eval", "cel-view+eval");
    private static final List<String> ENGINES = List.of("ours", "cel-eval", "cel-copy+eval", "cel-view+eval",
            "planner-eval", "planner-copy+eval", "planner-view+eval");

    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Runs {@code n} evaluations round robin over the records and returns how many matched. */
    private interface Pass {
        long run(int n) throws Exception;
    }

    /**
     * @param args optionally the evaluations per pass (1,000,000 when absent; fewer for a quick check), then a
     *             comma-separated list out of {@link #ENGINES} (e.g. one engine alone in its own JVM)
     */
    public static void main(String[] args) throws Exception {
        evaluations = args.length > 0 ? Integer.parseInt(args[0]) : evaluations;
        List<String> engines = args.length > 1 ? List.of(args[1].split(",")) : DEFAULT_ENGINES;
        List<DecodedMessage> records = records();
        List<Map<String, Object>> copied = new ArrayList<>();
        for (DecodedMessage r : records) {
            copied.add(activation(r, CelTrees::copy));
        }
        showRawTreeAcceptance(records);
        List<String> rows = new ArrayList<>();
        for (Case c : CASES) {
            RecordFilter ours = RecordFilter.compile(c.ours());
            CelRuntime.Program cel = CEL.createProgram(CEL.compile(c.cel()).getAst());
            CelRuntime.Program planned = PLANNER.createProgram(PLANNER.compile(c.cel()).getAst());
            agree(c, ours, List.of(cel, planned), records, copied);
            StringBuilder row = new StringBuilder("| " + c.name() + " |");
            for (String engine : engines) {
                Pass pass = engine.equals("ours") ? ours(ours, records)
                        : cel(engine, engine.startsWith("planner") ? planned : cel, records, copied);
                row.append(String.format(Locale.ROOT, " %.0f |", measure(c.name() + " " + engine, pass)));
            }
            rows.add(row.toString());
        }
        showErrorPositions(records.get(0));
        System.out.println("\nmedian thread CPU ns per record\n| expr | " + String.join(" | ", engines) + " |");
        rows.forEach(System.out::println);
    }

    private static Cel declare(CelBuilder builder) {
        // Mixed int/double comparison (a decimal against 500) is off by default in cel-java 0.14.0.
        return builder.setOptions(CelOptions.current().enableHeterogeneousNumericComparisons(true).build())
                .addVar("value", MapType.create(SimpleType.STRING, SimpleType.DYN))
                .addVar("headers", MapType.create(SimpleType.STRING, SimpleType.STRING))
                .addVar("partition", SimpleType.INT)
                .addVar("offset", SimpleType.INT)
                .addVar("timestamp", SimpleType.INT)
                .build();
    }

    private static Pass ours(RecordFilter ours, List<DecodedMessage> records) {
        int size = records.size();
        return n -> {
            long m = 0;
            for (int i = 0; i < n; i++) {
                m += ours.test(records.get(i % size)) ? 1 : 0;
            }
            return m;
        };
    }

    /**
     * CEL on activations converted beforehand ("-eval"), or paying per record for the headers map and a full copy
     * of the tree ("-copy+eval") or views that convert on access ("-view+eval").
     */
    private static Pass cel(String engine, CelRuntime.Program cel, List<DecodedMessage> records,
                            List<Map<String, Object>> copied) {
        int size = records.size();
        return switch (engine.substring(engine.indexOf('-') + 1)) {
            case "eval" -> n -> {
                long m = 0;
                for (int i = 0; i < n; i++) {
                    m += cel.eval(copied.get(i % size)) == Boolean.TRUE ? 1 : 0;
                }
                return m;
            };
            case "copy+eval" -> n -> {
                long m = 0;
                for (int i = 0; i < n; i++) {
                    m += cel.eval(activation(records.get(i % size), CelTrees::copy)) == Boolean.TRUE ? 1 : 0;
                }
                return m;
            };
            case "view+eval" -> n -> {
                long m = 0;
                for (int i = 0; i < n; i++) {
                    m += cel.eval(activation(records.get(i % size), CelTrees::view)) == Boolean.TRUE ? 1 : 0;
                }
                return m;
            };
            default -> throw new IllegalArgumentException("unknown engine " + engine + ", one of " + ENGINES);
        };
    }

    /** 2,000 distinct demo orders decoded once, with partition, offset, timestamp and a source header. */
    private static List<DecodedMessage> records() throws Exception {
        String text = new String(FilterEngineBench.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                .readAllBytes(), StandardCharsets.UTF_8);
        Schema schema = AvroSchemas.parse(text);
        List<byte[]> pool = io.partita.bench.MessagesBench.pool(schema, 1, 2000);
        TreeDatumReader reader = new TreeDatumReader(schema);
        AvroCursor cursor = new AvroCursor();
        List<DecodedMessage> out = new ArrayList<>(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            byte[] framed = pool.get(i);
            Object tree = reader.read(cursor.reset(framed, 5, framed.length - 5));
            MessageHeader source = new MessageHeader("source",
                    (i % 2 == 0 ? "web" : "app").getBytes(StandardCharsets.UTF_8));
            KafkaMessage m = new KafkaMessage("orders", i % 6, i, 1_767_225_600_000L + i,
                    KafkaMessage.TimestampType.CREATE_TIME, null, framed, List.of(source));
            out.add(new DecodedMessage(m, DecodedValue.ABSENT, new DecodedValue.Decoded(DataFormat.AVRO, tree, null)));
        }
        return out;
    }

    /** CEL's variables for one record: the value tree adapted to CEL's types, headers as text, metadata as int. */
    private static Map<String, Object> activation(DecodedMessage r, UnaryOperator<Object> adapt) {
        KafkaMessage m = r.message();
        Map<String, Object> headers = new HashMap<>();
        for (MessageHeader h : m.headers()) {
            headers.putIfAbsent(h.key(), h.value() == null ? NullValue.NULL_VALUE : h.valueText());
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("value", adapt.apply(((DecodedValue.Decoded) r.value()).value()));
        vars.put("headers", headers);
        vars.put("partition", (long) m.partition());
        vars.put("offset", m.offset());
        vars.put("timestamp", m.timestamp());
        return vars;
    }

    /** Both engines (CEL with each runtime, on copies and on views) must pick the same records, or the run stops. */
    private static void agree(Case c, RecordFilter ours, List<CelRuntime.Program> cels, List<DecodedMessage> records,
                              List<Map<String, Object>> copied) throws CelEvaluationException {
        int matches = 0;
        for (int i = 0; i < records.size(); i++) {
            boolean expected = ours.test(records.get(i));
            Map<String, Object> viewed = activation(records.get(i), CelTrees::view);
            for (CelRuntime.Program cel : cels) {
                if ((cel.eval(copied.get(i)) == Boolean.TRUE) != expected
                        || (cel.eval(viewed) == Boolean.TRUE) != expected) {
                    throw new IllegalStateException(c.name() + ": record " + i + " ours " + expected + ", CEL differs");
                }
            }
            matches += expected ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s: ours and CEL match the same %d of %d records%n  ours: %s%n  CEL:  %s%n",
                c.name(), matches, records.size(), c.ours(), c.cel());
    }

    /** Warm-up, then the measured passes; prints each and returns the median of thread CPU ns per record. */
    private static double measure(String label, Pass pass) throws Exception {
        long sink = 0;
        for (int i = 0; i < PASSES; i++) {
            sink += pass.run(evaluations);
        }
        double[] thread = new double[PASSES];
        double[] process = new double[PASSES];
        for (int i = 0; i < PASSES; i++) {
            long p0 = PROCESS.getProcessCpuTime();
            long t0 = THREAD.getCurrentThreadCpuTime();
            sink += pass.run(evaluations);
            thread[i] = (THREAD.getCurrentThreadCpuTime() - t0) / (double) evaluations;
            process[i] = (PROCESS.getProcessCpuTime() - p0) / (double) evaluations;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s ns/record:", label));
        for (double t : thread) {
            line.append(String.format(Locale.ROOT, " %6.0f", t));
        }
        System.out.println(line.append(String.format(Locale.ROOT, "  median %4.0f (process CPU incl. GC, JIT: %4.0f)"
                + "  matches %d", median(thread), median(process), sink)));
        return median(thread);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** What CEL makes of our decoded trees as they are (RecordMap, Integer, BigDecimal, null), per expression. */
    private static void showRawTreeAcceptance(List<DecodedMessage> records) throws Exception {
        System.out.println("CEL on our trees unconverted:");
        for (Case c : CASES) {
            RecordFilter ours = RecordFilter.compile(c.ours());
            CelRuntime.Program p = CEL.createProgram(CEL.compile(c.cel()).getAst());
            int agree = 0;
            int errors = 0;
            String firstError = "";
            for (DecodedMessage r : records) {
                Map<String, Object> raw = activation(r, UnaryOperator.identity());
                try {
                    agree += (p.eval(raw) == Boolean.TRUE) == ours.test(r) ? 1 : 0;
                } catch (CelEvaluationException e) {
                    firstError = errors++ == 0 ? e.getMessage() : firstError;
                }
            }
            System.out.printf(Locale.ROOT, "  %s: same answer as ours on %d of %d, %d evaluation errors %s%n", c.name(),
                    agree, records.size(), errors, firstError);
        }
    }

    /** Where each engine says a broken expression goes wrong; positions are 0-based columns. */
    private static void showErrorPositions(DecodedMessage r) {
        List<String> broken = List.of("value.items[0.quantity == 5", "value.shipping.city == \"Berlin",
                "value.total > > 5", "valeu.total > 5");
        System.out.println("\nsyntax errors");
        for (String expression : broken) {
            System.out.println("  " + expression);
            try {
                RecordFilter.compile(expression);
                System.out.println("    ours: compiles");
            } catch (FilterSyntaxException e) {
                System.out.println("    ours: position " + e.position() + ", " + e.getMessage());
            }
            try {
                CEL.compile(expression.replace('"', '\'')).getAst();
                System.out.println("    CEL:  compiles");
            } catch (CelValidationException e) {
                for (CelIssue issue : e.getErrors()) {
                    System.out.println("    CEL:  line " + issue.getSourceLocation().getLine() + " column "
                            + issue.getSourceLocation().getColumn() + ", " + issue.getMessage());
                }
            }
        }
        showMissingField(r);
    }

    /** Ours treats a path that leads nowhere as no match; CEL raises an evaluation error. */
    private static void showMissingField(DecodedMessage r) {
        String expression = "value.discount > 5";
        System.out.println("  missing field, " + expression + ": ours " + RecordFilter.compile(expression).test(r));
        try {
            Object result = CEL.createProgram(CEL.compile(expression).getAst()).eval(activation(r, CelTrees::copy));
            System.out.println("  missing field, " + expression + ": CEL " + result);
        } catch (CelValidationException | CelEvaluationException e) {
            System.out.println("  missing field, " + expression + ": CEL " + e.getMessage());
        }
    }
}
