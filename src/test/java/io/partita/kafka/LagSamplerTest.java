package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.partita.async.BackgroundTaskRunner;
import io.partita.async.TaskHandle;
import io.partita.model.GroupLagStats;
import io.partita.model.LagFrame;
import io.partita.model.LagUpdate;
import io.partita.model.SeriesData;
import io.partita.model.SeriesDetail;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lag sampler against the shared sandbox, with a request-counting (real) admin client. */
@ExtendWith(SandboxExtension.class)
class LagSamplerTest {

    private static final Duration T = Duration.ofSeconds(20);
    private static GroupFixtures fixtures;
    private static CountingAdmin admin;

    @BeforeAll
    static void connect(Sandbox sandbox) {
        fixtures = new GroupFixtures(sandbox.bootstrapServers());
        admin = new CountingAdmin(sandbox.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        admin.close(Duration.ofSeconds(5));
        fixtures.close();
    }

    @Test
    void eachSampleMakesOneEndOffsetRequestForAllGroupsAndPartitions() throws Exception {
        String a = fixtures.topic(5, 5, 5);
        String b = fixtures.topic(7, 7);
        LagSampler sampler = new LagSampler(admin, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            String group = GroupFixtures.unique("s");
            fixtures.commit(group, a, 1, 2, 3);
            fixtures.commit(group, b, 1, 1);
            sampler.watch(group, SeriesDetail.PARTITIONS);
        }
        int endBefore = admin.endOffsetRequests.get();
        int committedBefore = admin.committedRequests.get();
        int partitionsBefore = admin.partitionsAsked.get();

        for (int i = 0; i < 4; i++) {
            sampler.sample(T);
        }

        assertThat(admin.endOffsetRequests.get() - endBefore).isEqualTo(4);
        assertThat(admin.committedRequests.get() - committedBefore).isEqualTo(4);
        assertThat(admin.partitionsAsked.get() - partitionsBefore).isEqualTo(4 * 5); // 5 distinct partitions
    }

    @Test
    void samplesComeAtTheIntervalOnTheScheduler() throws Exception {
        String topic = fixtures.topic(3);
        String group = GroupFixtures.unique("s");
        fixtures.commit(group, topic, 1);
        LagSampler sampler = new LagSampler(admin, Clock.systemUTC());
        sampler.watch(group, SeriesDetail.TOTAL);
        sampler.configure(Duration.ofMillis(300), Duration.ofMinutes(1));
        List<LagFrame> frames = new CopyOnWriteArrayList<>();

        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(Runnable::run)) {
            TaskHandle handle = sampler.start(runner, frames::add, e -> { });
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (frames.size() < 6 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            handle.cancel();
        }

        assertThat(frames).hasSizeGreaterThanOrEqualTo(6);
        SeriesData total = frames.get(5).series().get(0);
        assertThat(total.values()).containsOnly(2L);
        long[] t = total.times();
        for (int i = 1; i < t.length; i++) {
            // fixed delay: the period plus the sample's own duration, never less than the period
            assertThat(t[i] - t[i - 1]).isBetween(290L, 3_000L);
        }
    }

    @Test
    void theRingKeepsOnlyTheWindow() throws Exception {
        String topic = fixtures.topic(2, 2);
        String group = GroupFixtures.unique("s");
        fixtures.commit(group, topic, 0, 1);
        LagSampler sampler = new LagSampler(admin, Clock.systemUTC());
        sampler.configure(Duration.ofSeconds(1), Duration.ofSeconds(4)); // 5 points per series
        sampler.watch(group, SeriesDetail.PARTITIONS);

        for (int i = 0; i < 12; i++) {
            sampler.sample(T);
        }

        assertThat(sampler.series()).hasSize(4); // total, one topic, two partitions
        assertThat(sampler.series()).allSatisfy(s -> assertThat(s.size()).isEqualTo(5));
        assertThat(sampler.pointCount()).isEqualTo(20);
    }

    @Test
    void ratesComeFromKnownOffsetMovesBetweenSamples() throws Exception {
        String topic = fixtures.topic(100);
        String group = GroupFixtures.unique("s");
        fixtures.commit(group, topic, 10);
        LagSampler sampler = new LagSampler(admin, Clock.systemUTC());
        sampler.watch(group, SeriesDetail.TOTAL);
        LagUpdate first = sampler.sample(T);

        fixtures.commit(group, topic, 70);      // 60 consumed
        fixtures.produce(topic, 0, 30, 0L);     // 30 produced
        LagUpdate second = sampler.sample(T);

        GroupLagStats stats = second.stats().get(0);
        double seconds = (second.timeMillis() - first.timeMillis()) / 1000.0;
        assertThat(stats.totalLag()).isEqualTo(60L);
        assertThat(stats.consumeRate()).isCloseTo(60 / seconds, within(1e-9));
        assertThat(stats.produceRate()).isCloseTo(30 / seconds, within(1e-9));
        assertThat(first.stats().get(0).consumeRate()).isNull();
    }

    @Test
    void aGroupWithoutCommitsHasNoLagRatherThanZero() {
        LagSampler sampler = new LagSampler(admin, Clock.systemUTC());
        sampler.watch(GroupFixtures.unique("empty"), SeriesDetail.TOTAL);

        LagUpdate update = sampler.sample(T);

        assertThat(update.stats().get(0).totalLag()).isNull();
        assertThat(sampler.series()).isEmpty();
    }
}
