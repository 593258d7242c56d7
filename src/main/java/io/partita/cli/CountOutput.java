package io.partita.cli;

import io.partita.filter.RecordFilter;
import io.partita.model.ReadProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code consume --count} prints, and the "exactly what was scanned" statement of a search. */
final class CountOutput {

    private CountOutput() {
    }

    static void print(CliContext context, boolean json, RecordFilter filter, ReadProgress progress) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("topic", progress.topic());
            out.put("filter", filter.matchesAll() ? null : filter.source());
            out.put("matched", progress.matched());
            out.put("scanned", progress.read());
            out.put("notDecoded", progress.failed());
            List<Map<String, Object>> partitions = new ArrayList<>();
            for (ReadProgress.PartitionRange p : progress.partitions()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("partition", p.partition());
                row.put("from", p.start());
                row.put("to", p.position());
                row.put("matched", p.matched());
                partitions.add(row);
            }
            out.put("partitions", partitions);
            context.printJson(out);
            return;
        }
        context.out().println(progress.matched() + " matched of " + progress.read() + " scanned"
                + (progress.failed() > 0 ? " (" + progress.failed() + " not decoded, matched nothing)" : ""));
        scannedRanges(progress).forEach(context.out()::println);
    }

    /** One line per partition: the offsets passed, [from, to), and its matches. */
    static List<String> scannedRanges(ReadProgress progress) {
        List<String> lines = new ArrayList<>();
        for (ReadProgress.PartitionRange p : progress.partitions()) {
            lines.add("partition " + p.partition() + ": offsets " + p.start() + " to " + p.position()
                    + " (exclusive) scanned, " + p.matched() + " matched"
                    + (p.stop() >= 0 && p.position() < p.stop() ? ", stopped before " + p.stop() : ""));
        }
        return lines;
    }
}
