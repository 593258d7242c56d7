package io.partita.schema;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;

/**
 * Decoder CPU cost alone (no Kafka): the demo order schema, 2,000 distinct framed records decoded round robin
 * into value trees, on one thread; prints records per CPU-second for each of 5 passes of 1M records.
 * Run: java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.partita.schema.DecodeMicro
 */
public final class DecodeMicro {

    public static void main(String[] args) throws Exception {
        String text = new String(DecodeMicro.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                .readAllBytes(), StandardCharsets.UTF_8);
        Schema schema = AvroSchemas.parse(text);
        List<byte[]> pool = io.partita.bench.MessagesBench.pool(schema, 1, 2000);
        TreeDatumReader reader = new TreeDatumReader(schema);
        AvroCursor cursor = new AvroCursor();
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int pass = 0; pass < 5; pass++) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < 1_000_000; i++) {
                byte[] framed = pool.get(i % pool.size());
                Object tree = reader.read(cursor.reset(framed, 5, framed.length - 5));
                sink += tree.hashCode() & 1;
            }
            double seconds = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: %,.0f records per CPU-second%n", pass, 1_000_000 / seconds);
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
