package io.partita.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A JSON value's preview, CPU per record on one thread: the tree's way (parse into a tree, then cut its text), the
 * check a previewing decoder does for every record, and the text written when a row is shown. 2,000 order-shaped
 * JSON documents (about 430 bytes) round robin, 5 passes of 500,000.
 * Run: java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.partita.schema.JsonPreviewMicro
 */
public final class JsonPreviewMicro {

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<KafkaMessage> pool = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 2000; i++) {
            Object tree = ((DecodedValue.Decoded) io.partita.bench.FxStreamBench.record(i).value()).value();
            byte[] json = mapper.writeValueAsBytes(tree);
            bytes += json.length;
            pool.add(new KafkaMessage("t", 0, i, 0, KafkaMessage.TimestampType.CREATE_TIME, null, json, List.of()));
        }
        System.out.printf(Locale.ROOT, "average value %d bytes%n", bytes / pool.size());
        MessageDecoder decoder = new MessageDecoder(new RegistrySchemas(null));
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        int n = 500_000;
        for (int pass = 0; pass < 5; pass++) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                KafkaMessage m = pool.get(i % pool.size());
                sink += Previews.of(decoder.decode(m, FormatChoice.AUTO, FormatChoice.AUTO).value(), 300)
                        .format().ordinal();
            }
            long cpu1 = bean.getCurrentThreadCpuTime();
            List<DecodedValue> checked = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                checked.add(decoder.preview(pool.get(i % pool.size()), FormatChoice.AUTO, FormatChoice.AUTO, 300)
                        .value());
            }
            long cpu2 = bean.getCurrentThreadCpuTime();
            for (DecodedValue v : checked) {
                sink += ((DecodedValue.Preview) v).text().length();
            }
            long cpu3 = bean.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "pass %d: tree then text %.2f µs, check %.2f µs, text when shown %.2f µs"
                    + " per record%n", pass, (cpu1 - cpu0) / 1e3 / n, (cpu2 - cpu1) / 1e3 / n, (cpu3 - cpu2) / 1e3 / n);
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
