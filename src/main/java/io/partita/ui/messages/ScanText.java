package io.partita.ui.messages;

import io.partita.model.ReadProgress;

/** The words of a search's progress: the status line, the per-partition statement and the progress fraction. */
final class ScanText {

    private ScanText() {
    }

    /** Offsets passed over offsets to pass, 0..1; -1 when unknown (a live tail or nothing planned yet). */
    static double fraction(ReadProgress p, boolean finished) {
        if (finished) {
            return 1;
        }
        long total = 0;
        long scanned = 0;
        for (ReadProgress.PartitionRange r : p.partitions()) {
            if (r.total() < 0) {
                return -1;
            }
            total += r.total();
            scanned += Math.min(r.scanned(), r.total());
        }
        return total == 0 ? -1 : (double) scanned / total;
    }

    /** "partition 0: offsets 0 to 30,000 of 0 to 30,000 scanned, 12 matches", one line per partition. */
    static String details(ReadProgress p) {
        StringBuilder text = new StringBuilder();
        for (ReadProgress.PartitionRange r : p.partitions()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("partition ").append(r.partition()).append(": offsets ").append(n(r.start())).append(" to ")
                    .append(n(r.position()));
            if (r.stop() >= 0) {
                text.append(" of ").append(n(r.start())).append(" to ").append(n(r.stop()));
            }
            text.append(" scanned, ").append(n(r.matched())).append(r.matched() == 1 ? " match" : " matches");
        }
        return text.toString();
    }

    static String searchStatus(String topic, ReadProgress p, boolean finished, long startedAt, long dropped,
                               int shown, RowBudget budget) {
        if (p == null) {
            return finished ? "Searched " + topic + ": nothing to scan" : "Searching " + topic + "…";
        }
        double seconds = Math.max(0.001, (System.nanoTime() - startedAt) / 1e9);
        StringBuilder text = new StringBuilder(finished ? "Searched " : "Searching… ").append(n(p.read()));
        long remaining = p.remaining();
        if (!finished && remaining >= 0) {
            text.append(" of ").append(n(p.read() + remaining));
        }
        text.append(p.read() == 1 ? " record" : " records").append(" in ").append(topic).append(" · ")
                .append(n(p.matched())).append(p.matched() == 1 ? " match" : " matches");
        if (!finished) {
            text.append(" · ").append(n(Math.round(p.read() / seconds))).append(" records/s");
        } else {
            long early = p.partitions().stream().filter(r -> r.stop() >= 0 && !r.done()).count();
            int all = p.partitions().size();
            text.append(early == 0
                    ? " · " + (all == 1 ? "the partition" : "all " + all + " partitions")
                            + " scanned to the end of the range (offsets on hover)"
                    : " · stopped before the end of " + early + " of " + all + " partitions (offsets on hover)");
        }
        if (p.failed() > 0) {
            text.append(" · ").append(n(p.failed())).append(" not decoded (they match nothing)");
        }
        if (dropped > 0) {
            text.append(" · showing the latest ").append(n(shown)).append(" matches, ").append(n(dropped))
                    .append(" older dropped (cap ").append(budget.describe()).append(")");
        }
        return text.toString();
    }

    private static String n(long value) {
        return io.partita.ui.common.Quantities.count(value);
    }
}
