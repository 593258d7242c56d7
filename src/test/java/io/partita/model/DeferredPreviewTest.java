package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A preview whose text is written when first asked for: once (or at worst once per racing thread), always the same. */
class DeferredPreviewTest {

    private static final SchemaRef SCHEMA = new SchemaRef(7, "orders-value", 1);

    @Test
    void theTextIsWrittenOnFirstUseAndKept() {
        AtomicInteger writes = new AtomicInteger();
        byte[] value = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);
        DecodedValue.Preview preview = DecodedValue.Preview.deferred(DataFormat.AVRO, (buffer, from, to) -> {
            writes.incrementAndGet();
            return new String(buffer, from, to - from, StandardCharsets.UTF_8);
        }, value, SCHEMA);
        assertThat(preview.rendered()).isFalse();
        assertThat(preview.toString()).contains("not written yet");
        assertThat(writes).hasValue(0);
        assertThat(preview.text()).isEqualTo("{\"n\":1}");
        assertThat(preview.text()).isEqualTo("{\"n\":1}");
        assertThat(writes).hasValue(1);
        assertThat(preview.rendered()).isTrue();
        assertThat(preview.writer()).as("let go once written").isNull();
        assertThat(preview.schemaRef()).isEqualTo(SCHEMA);
    }

    @Test
    void aDeferredPreviewEqualsAnEagerOneWithTheSameText() {
        DecodedValue.Preview eager = new DecodedValue.Preview(DataFormat.AVRO, "{\"n\":1}", SCHEMA);
        DecodedValue.Preview deferred = deferred(DataFormat.AVRO, "{\"n\":1}", SCHEMA);
        assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(deferred(DataFormat.AVRO, "{\"n\":2}", SCHEMA)).isNotEqualTo(eager);
        assertThat(deferred(DataFormat.JSON, "{\"n\":1}", null)).isNotEqualTo(eager);
    }

    /** A preview written by a writer that copies the value's bytes as UTF-8 text. */
    private static DecodedValue.Preview deferred(DataFormat format, String value, SchemaRef schema) {
        return DecodedValue.Preview.deferred(format, (buffer, from, to) -> new String(buffer, from, to - from,
                StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8), schema);
    }

    @Test
    void threadsAskingAtOnceAllGetTheText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                AtomicInteger writes = new AtomicInteger();
                DecodedValue.Preview preview = DecodedValue.Preview.deferred(DataFormat.AVRO, (buffer, from, to) -> {
                    writes.incrementAndGet();
                    return new String(buffer, from, to - from, StandardCharsets.UTF_8);
                }, "text".getBytes(StandardCharsets.UTF_8), SCHEMA);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> texts = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    texts.add(pool.submit(() -> {
                        go.await();
                        return preview.text();
                    }));
                }
                go.countDown();
                for (Future<String> text : texts) {
                    assertThat(text.get(10, TimeUnit.SECONDS)).isEqualTo("text");
                }
                assertThat(writes.get()).isBetween(1, 8);
                assertThat(preview.rendered()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
