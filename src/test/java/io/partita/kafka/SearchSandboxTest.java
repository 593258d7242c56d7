package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.filter.OrderCheck;
import io.partita.filter.RecordFilter;
import io.partita.model.Credentials;
import io.partita.model.FormatChoice;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole-topic search over 120,000 JSON records: the matches are exactly those a brute-force check of the
 * generated data predicts, the progress states what was scanned, and a search can be cancelled.
 */
@ExtendWith(SandboxExtension.class)
class SearchSandboxTest {

    private static final int PARTITIONS = 4;
    private static final int PER_PARTITION = 30_000;
    /**
     * Two days ago, on a whole hour: records stamped long ago would be deleted by the broker's time retention (7 days,
     * checked every 5 minutes) in the middle of a test run.
     */
    private static final long BASE = (System.currentTimeMillis() - 2 * 86_400_000L) / 3_600_000L * 3_600_000L;

    private static String topic;
    private static ClusterSession session;

    /** Record n (0-based over the topic) in partition n % 4 at offset n / 4. */
    private static int customer(int n) {
        return n % 97;
    }

    private static String source(int n) {
        return n % 3 == 0 ? "web" : "app";
    }

    private static long total(int n) {
        return (n * 37L) % 1000;
    }

    private static String value(int n) {
        return "{\"id\":" + n + ",\"customer\":{\"id\":" + customer(n) + ",\"tier\":\"" + (n % 5 == 0 ? "gold" : "std")
                + "\"},\"total\":" + total(n) + ".5,\"lines\":[{\"sku\":\"A-" + (n % 11) + "\"},{\"sku\":\"B-"
                + (n % 13) + "\"}]}";
    }

    @BeforeAll
    static void produce(Sandbox sandbox) throws Exception {
        topic = MessageTopics.unique("search");
        MessageTopics.create(sandbox.bootstrapServers(), topic, PARTITIONS);
        List<MessageTopics.Out> out = new ArrayList<>(PARTITIONS * PER_PARTITION);
        for (int n = 0; n < PARTITIONS * PER_PARTITION; n++) {
            out.add(new MessageTopics.Out(n % PARTITIONS, ("k" + n).getBytes(StandardCharsets.UTF_8),
                    value(n).getBytes(StandardCharsets.UTF_8), BASE + n * 1000L,
                    List.of(new RecordHeader("source", source(n).getBytes(StandardCharsets.UTF_8)))));
        }
        MessageTopics.produce(sandbox.bootstrapServers(), topic, out);
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static ReadRequest whole() {
        return ReadRequest.wholeTopic(topic).withFormats(FormatChoice.AUTO, FormatChoice.of(FormatChoice.Mode.JSON));
    }

    private static MessageTopics.Collector search(ReadRequest request, String expression) throws Exception {
        MessageTopics.Collector collector = new MessageTopics.Collector();
        MessageReader reader = session.search(request, RecordFilter.compile(expression), collector);
        assertThat(reader.awaitFinished(Duration.ofSeconds(120))).as("search finished").isTrue();
        assertThat(collector.errorText()).isEmpty();
        return collector;
    }

    private static Set<String> found(MessageTopics.Collector c) {
        return c.messages.stream().map(m -> m.message().partition() + "@" + m.message().offset())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expected(IntPredicate predicate) {
        Set<String> out = new TreeSet<>();
        for (int n = 0; n < PARTITIONS * PER_PARTITION; n++) {
            if (predicate.test(n)) {
                out.add((n % PARTITIONS) + "@" + (n / PARTITIONS));
            }
        }
        return out;
    }

    @Test
    void findsExactlyTheRecordsABruteForceScanFinds() throws Exception {
        MessageTopics.Collector c = search(whole(),
                "value.customer.id == 42 && headers.source == \"web\" && timestamp > \""
                        + java.time.Instant.ofEpochMilli(BASE + 5 * 3_600_000L) + "\"");

        Set<String> expected = expected(n -> customer(n) == 42 && source(n).equals("web") && n > 5 * 3600);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(found(c)).isEqualTo(expected);
        ReadProgress done = c.finished.get();
        assertThat(done.read()).isEqualTo(PARTITIONS * PER_PARTITION);
        assertThat(done.matched()).isEqualTo(expected.size());
        assertThat(done.failed()).isZero();
        assertThat(done.partitions()).hasSize(PARTITIONS).allSatisfy(p -> {
            assertThat(p.start()).isZero();
            assertThat(p.position()).isEqualTo(PER_PARTITION);
            assertThat(p.scanned()).isEqualTo(p.total());
        });
        assertThat(done.partitions().stream().mapToLong(ReadProgress.PartitionRange::matched).sum())
                .isEqualTo(expected.size());
    }

    @Test
    void arraysOrAndNumbersAgreeWithTheBruteForceToo() throws Exception {
        MessageTopics.Collector c = search(whole(),
                "(value.lines[1].sku == 'B-7' || value.total >= 998) && value.customer.tier != 'gold'");

        assertThat(found(c)).isEqualTo(expected(n -> (n % 13 == 7 || total(n) + 0.5 >= 998) && n % 5 != 0));
    }

    /**
     * Avro from the registry: a search decodes only what its filter reads, so the matches it finds must be those a
     * filter over fully decoded records finds, and what it hands out must be the full records.
     */
    @Test
    void avroSearchesAgreeWithAFilterOverFullyDecodedRecords() throws Exception {
        MessageTopics.Collector all = new MessageTopics.Collector();
        assertThat(session.read(ReadRequest.wholeTopic("demo.orders"), all).awaitFinished(Duration.ofSeconds(60)))
                .isTrue();
        assertThat(all.messages).hasSizeGreaterThan(100).allSatisfy(m -> assertThat(m.failed()).isFalse());
        java.util.Map<String, io.partita.model.DecodedMessage> byPosition = new java.util.HashMap<>();
        all.messages.forEach(m -> byPosition.put(m.message().partition() + "@" + m.message().offset(), m));
        for (String expression : List.of(
                "value.items[0].quantity >= 2 && value.shipping.city == \"Berlin\"",
                "value.status in [\"PAID\", \"SHIPPED\"] && value.total > 50 || value.coupon != null",
                "size(value.items) == 1 || value.attributes.channel == \"store\"",
                "key startsWith \"customer-01\" && partition >= 0",
                "value != null && key startsWith \"customer-02\"")) {
            RecordFilter filter = RecordFilter.compile(expression);
            Set<String> expected = new TreeSet<>();
            all.messages.stream().filter(filter)
                    .forEach(m -> expected.add(m.message().partition() + "@" + m.message().offset()));
            MessageTopics.Collector c = search(ReadRequest.wholeTopic("demo.orders"), expression);
            assertThat(expected).as(expression).isNotEmpty().hasSizeLessThan(all.messages.size());
            assertThat(found(c)).as(expression).isEqualTo(expected);
            assertThat(c.finished.get().failed()).isZero();
            c.messages.forEach(m -> {
                io.partita.model.DecodedMessage full = byPosition.get(m.message().partition() + "@"
                        + m.message().offset());
                assertThat(m.value()).as("a match is handed out fully decoded").isEqualTo(full.value());
                assertThat(m.key()).isEqualTo(full.key());
            });
            // The messages table's sink takes previews: the same matches, each the preview of its full decode.
            MessageTopics.Collector shown = new MessageTopics.Collector(120);
            assertThat(session.search(ReadRequest.wholeTopic("demo.orders"), filter, shown)
                    .awaitFinished(Duration.ofSeconds(60))).isTrue();
            assertThat(found(shown)).as(expression).isEqualTo(expected);
            shown.messages.forEach(m -> {
                io.partita.model.DecodedMessage full = byPosition.get(m.message().partition() + "@"
                        + m.message().offset());
                assertThat(m.value()).isInstanceOf(io.partita.model.DecodedValue.Preview.class)
                        .isEqualTo(io.partita.schema.Previews.of(full.value(), 120));
                assertThat(m.key()).isEqualTo(io.partita.schema.Previews.of(full.key(), 120));
            });
        }
    }

    @Test
    void aLimitCountsMatchesNotScannedRecords() throws Exception {
        MessageTopics.Collector c = search(whole().withPartitions(List.of(2)).withMax(25), "value.customer.tier == 'gold'");

        assertThat(c.messages).hasSize(25).allSatisfy(m -> assertThat(m.message().partition()).isEqualTo(2));
        assertThat(c.finished.get().read()).isGreaterThan(25);
    }

    @Test
    void aTimeWindowScansOnlyThatWindow() throws Exception {
        ReadRequest window = whole().withStart(new StartPosition.AtTime(java.time.Instant.ofEpochMilli(BASE + 4000L * 1000)))
                .withStop(new StopCondition.AtTime(java.time.Instant.ofEpochMilli(BASE + 8000L * 1000)));
        MessageTopics.Collector c = search(window, "headers.source == 'web'");

        assertThat(found(c)).isEqualTo(expected(n -> n >= 4000 && n < 8000 && source(n).equals("web")));
        assertThat(c.finished.get().read()).isEqualTo(4000);
    }

    @Test
    void stopEndsASearchPromptly() throws Exception {
        MessageTopics.Collector c = new MessageTopics.Collector();
        MessageReader reader = session.search(whole(), RecordFilter.compile("value.customer.id == -1"), c);
        Thread.sleep(150);
        long before = System.nanoTime();
        reader.stop();
        assertThat(reader.awaitFinished(Duration.ofSeconds(3))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));
        assertThat(c.errorText()).isEmpty();
        assertThat(c.messages).isEmpty();
        assertThat(c.finished.get().finished()).isTrue();
    }

    @Test
    void theOrderingCheckFindsPlantedInversions(Sandbox sandbox) throws Exception {
        String ordered = MessageTopics.unique("order");
        MessageTopics.create(sandbox.bootstrapServers(), ordered, 2);
        List<MessageTopics.Out> out = new ArrayList<>();
        Set<String> planted = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            for (int p = 0; p < 2; p++) {
                boolean back = p == 1 && (i == 100 || i == 101 || i == 400) || p == 0 && i == 250;
                if (back) {
                    planted.add(p + "@" + i);
                }
                out.add(new MessageTopics.Out(p, null, "x".getBytes(StandardCharsets.UTF_8),
                        BASE + i * 1000L - (back ? 60_000 : 0)));
            }
        }
        MessageTopics.produce(sandbox.bootstrapServers(), ordered, out);

        OrderCheck check = new OrderCheck(100);
        MessageTopics.Collector c = new MessageTopics.Collector();
        MessageReader reader = session.read(ReadRequest.wholeTopic(ordered), c);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        c.messages.forEach(m -> check.accept(m.message()));

        // 101 follows 100 (which jumped back too): 101 is later than 100, so it is no inversion of its own.
        planted.remove("1@101");
        assertThat(check.inversions().stream().map(i -> i.partition() + "@" + i.offset()).collect(Collectors.toSet()))
                .isEqualTo(planted);
        assertThat(check.inversionCount()).isEqualTo(3);
        assertThat(check.checked()).isEqualTo(1000);
        assertThat(check.inversionsPerPartition()).containsEntry(1, 2L).containsEntry(0, 1L);
    }
}
