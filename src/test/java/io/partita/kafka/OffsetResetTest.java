package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetRow;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Offset resets against the shared sandbox: for every mode the dry run commits nothing and execute commits exactly
 * the plan; refused while a member is active and on read-only profiles.
 */
@ExtendWith(SandboxExtension.class)
class OffsetResetTest {

    private static final Duration T = Duration.ofSeconds(30);
    private static ClusterSession session;
    private static GroupFixtures fixtures;
    private static Sandbox sandbox;

    @BeforeAll
    static void connect(Sandbox shared) {
        sandbox = shared;
        session = ClusterSession.open(shared.profile(), Credentials.none());
        fixtures = new GroupFixtures(shared.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        fixtures.close();
        session.close();
    }

    /** Topic with 10 and 20 records; the group committed 4 and 15. Returns {topic, group}. */
    private static String[] committedGroup() throws Exception {
        String topic = fixtures.topic(10, 20);
        String group = GroupFixtures.unique("reset");
        fixtures.commit(group, topic, 4, 15);
        return new String[] {topic, group};
    }

    /** Dry run, check nothing changed, execute, check the committed offsets are the plan's. */
    private static OffsetResetPlan dryRunThenExecute(String topic, String group, OffsetResetSpec spec)
            throws Exception {
        Map<TopicPartition, Long> before = fixtures.committed(group);
        OffsetResetPlan plan = session.groups().planReset(group, spec, ResetScope.allTopics(), T);
        assertThat(fixtures.committed(group)).isEqualTo(before);

        session.groups().executeReset(plan, T);

        for (OffsetResetRow row : plan.rows()) {
            assertThat(fixtures.committed(group)).containsEntry(new TopicPartition(topic, row.partition()),
                    row.newOffset());
        }
        return plan;
    }

    @Test
    void toEarliestRewindsToTheLogStart() throws Exception {
        String[] tg = committedGroup();
        OffsetResetPlan plan = dryRunThenExecute(tg[0], tg[1], new OffsetResetSpec.ToEarliest());
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(0L, 0L);
        assertThat(plan.resultingTotalLag()).isEqualTo(30L);
    }

    @Test
    void toLatestSkipsToTheEnd() throws Exception {
        String[] tg = committedGroup();
        OffsetResetPlan plan = dryRunThenExecute(tg[0], tg[1], new OffsetResetSpec.ToLatest());
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(10L, 20L);
        assertThat(plan.currentTotalLag()).isEqualTo(11L);
        assertThat(plan.resultingTotalLag()).isZero();
    }

    @Test
    void toOffsetIsKeptInsideEachLog() throws Exception {
        String[] tg = committedGroup();
        OffsetResetPlan plan = dryRunThenExecute(tg[0], tg[1], new OffsetResetSpec.ToOffset(12));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(10L, 12L);
        assertThat(plan.rows().get(0).note()).contains("log end");
    }

    @Test
    void shiftByMovesFromTheCommittedOffsets() throws Exception {
        String[] tg = committedGroup();
        OffsetResetPlan plan = dryRunThenExecute(tg[0], tg[1], new OffsetResetSpec.ShiftBy(-3));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(1L, 12L);
    }

    @Test
    void toTimestampFindsTheFirstRecordAtOrAfterIt() throws Exception {
        String topic = fixtures.topic(0);
        long first = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
        fixtures.produce(topic, 0, 10, first); // record i at first + i s
        String group = GroupFixtures.unique("reset");
        fixtures.commit(group, topic, 10);

        OffsetResetPlan plan = dryRunThenExecute(topic, group,
                new OffsetResetSpec.ToTimestamp(Instant.ofEpochMilli(first + 4_500)));

        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(5L);
    }

    @Test
    void chosenPartitionsLimitTheReset() throws Exception {
        String[] tg = committedGroup();
        OffsetResetPlan plan = session.groups().planReset(tg[1], new OffsetResetSpec.ToEarliest(),
                new ResetScope(Map.of(tg[0], Set.of(1))), T);
        assertThat(plan.rows()).extracting(OffsetResetRow::partition).containsExactly(1);
    }

    @Test
    void aPartitionThatDoesNotExistIsAnError() throws Exception {
        String[] tg = committedGroup();
        assertThatThrownBy(() -> session.groups().planReset(tg[1], new OffsetResetSpec.ToEarliest(),
                new ResetScope(Map.of(tg[0], Set.of(7))), T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no partition 7");
    }

    @Test
    void resettingAGroupThatDoesNotExistCreatesIt() throws Exception {
        String topic = fixtures.topic(6);
        String group = GroupFixtures.unique("new");

        OffsetResetPlan plan = session.groups().planReset(group, new OffsetResetSpec.ToOffset(2),
                ResetScope.ofTopics(java.util.List.of(topic)), T);
        session.groups().executeReset(plan, T);

        assertThat(fixtures.committed(group)).containsEntry(new TopicPartition(topic, 0), 2L);
    }

    @Test
    void executeIsRefusedWhileTheGroupHasAnActiveMember() throws Exception {
        String[] tg = committedGroup();
        try (var member = fixtures.activeMember(tg[1], tg[0])) {
            OffsetResetPlan plan = session.groups().planReset(tg[1], new OffsetResetSpec.ToEarliest(),
                    ResetScope.allTopics(), T);
            assertThat(plan.activeMembers()).isEqualTo(1);
            assertThat(plan.executable()).isFalse();

            assertThatThrownBy(() -> session.groups().executeReset(plan, T))
                    .isInstanceOf(GroupActiveException.class)
                    .hasMessageContaining("has 1 active member").hasMessageContaining("Stop its consumers first");
        }
        assertThat(fixtures.committed(tg[1])).containsEntry(new TopicPartition(tg[0], 0), 4L);
    }

    @Test
    void aReadOnlyProfileRefusesToExecuteButMayDryRun() throws Exception {
        String[] tg = committedGroup();
        ClusterProfile p = sandbox.profile();
        ClusterProfile readOnly = new ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                p.clientProperties(), p.registry(), true, p.color());
        try (ClusterSession ro = ClusterSession.open(readOnly, Credentials.none())) {
            OffsetResetPlan plan = ro.groups().planReset(tg[1], new OffsetResetSpec.ToLatest(),
                    ResetScope.allTopics(), T);

            assertThatThrownBy(() -> ro.groups().executeReset(plan, T)).isInstanceOf(ReadOnlyProfileException.class);
            assertThatThrownBy(() -> ro.groups().delete(tg[1], T)).isInstanceOf(ReadOnlyProfileException.class);
            assertThatThrownBy(() -> ro.groups().deleteOffsets(tg[1], tg[0], T))
                    .isInstanceOf(ReadOnlyProfileException.class);
        }
        assertThat(fixtures.committed(tg[1])).containsEntry(new TopicPartition(tg[0], 1), 15L);
    }
}
