package io.partita.cli;

import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a send's results in record order (they arrive in any order across partitions), one line each: JSON
 * ({@code {"partition","offset","timestamp"}} or {@code {"error","exception"}}) or text. Consecutive records
 * that were never sent for the same reason share one text line. Used by one thread.
 */
final class ProduceOutput {

    private final PrintStream out;
    private final boolean json;
    private final Map<Long, SendResult> waiting = new TreeMap<>();
    private long next;
    private long skippedFrom = -1;
    private long skippedTo = -1;
    private String skippedReason;

    /** Buffers what it prints (stdout flushes every line otherwise); {@link #flush} when idle and at the end. */
    ProduceOutput(PrintStream out, boolean json) {
        this.out = new PrintStream(new java.io.BufferedOutputStream(out, 1 << 16), false,
                java.nio.charset.StandardCharsets.UTF_8);
        this.json = json;
    }

    void flush() {
        out.flush();
    }

    void accept(SendResult result) {
        waiting.put(result.index(), result);
        SendResult r;
        while ((r = waiting.remove(next)) != null) {
            print(r);
            next++;
        }
    }

    /** What {@code --json} prints for one record; field names are part of the CLI's contract. */
    static Map<String, Object> json(SendResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        if (result instanceof SendResult.Delivered d) {
            line.put("partition", d.partition());
            line.put("offset", d.offsetKnown() ? d.offset() : null);
            line.put("timestamp", d.timestamp() == null ? null : d.timestamp().toEpochMilli());
        } else if (result instanceof SendResult.Failed f) {
            line.put("error", f.message() + " — " + f.explanation());
            line.put("exception", f.exception());
        }
        return line;
    }

    /** The same object {@link #json} describes, written by hand: a million of these must be cheap. */
    private static String deliveredLine(SendResult.Delivered d) {
        return "{\"partition\":" + d.partition() + ",\"offset\":" + (d.offsetKnown() ? d.offset() : "null")
                + ",\"timestamp\":" + (d.timestamp() == null ? "null" : d.timestamp().toEpochMilli()) + "}";
    }

    private void print(SendResult r) {
        if (json) {
            out.println(r instanceof SendResult.Delivered d ? deliveredLine(d) : JsonOut.write(json(r)));
            return;
        }
        if (r instanceof SendResult.Failed f && "NotSent".equals(f.exception())) {
            if (skippedFrom < 0 || !f.message().equals(skippedReason)) {
                flushSkipped();
                skippedFrom = r.index();
                skippedReason = f.message();
            }
            skippedTo = r.index();
            return;
        }
        flushSkipped();
        if (r instanceof SendResult.Delivered d) {
            out.println("record " + d.index() + ": partition " + d.partition() + ", offset "
                    + (d.offsetKnown() ? d.offset() : "unknown (acks=0)")
                    + (d.timestamp() == null ? "" : ", " + d.timestamp()));
        } else if (r instanceof SendResult.Failed f) {
            out.println("record " + f.index() + ": FAILED " + f.exception() + ": " + f.message());
            out.println("    " + f.explanation());
        }
    }

    private void flushSkipped() {
        if (skippedFrom >= 0) {
            String range = skippedFrom == skippedTo ? "record " + skippedTo : "records " + skippedFrom + "–" + skippedTo;
            out.println(range + ": not sent (" + skippedReason + ")");
            skippedFrom = -1;
        }
    }

    /** Prints what is still buffered (none, once every result arrived) and, in text mode, the summary. */
    void finish(SendSummary summary, String topic) {
        waiting.values().forEach(this::print);
        waiting.clear();
        flushSkipped();
        if (!json) {
            out.printf("%s: %d delivered, %d failed, %d not sent, of %d in %.1f s%s%n", topic, summary.delivered(),
                    summary.failed(), summary.notSent(), summary.requested(), summary.elapsed().toMillis() / 1000.0,
                    summary.stopReason() == null ? "" : " (" + summary.stopReason() + ")");
        }
        out.flush();
    }
}
