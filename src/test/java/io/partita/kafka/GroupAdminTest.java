package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.Credentials;
import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.PartitionLag;
import io.partita.model.TopicGroupLag;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Group reads against the shared sandbox: exact lag from known commits, absent lag, the demo group, batches. */
@ExtendWith(SandboxExtension.class)
class GroupAdminTest {

    private static final Duration T = Duration.ofSeconds(30);
    private static ClusterSession session;
    private static GroupFixtures fixtures;

    @BeforeAll
    static void connect(Sandbox sandbox) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        fixtures = new GroupFixtures(sandbox.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        fixtures.close();
        session.close();
    }

    @Test
    void lagPerPartitionIsEndMinusCommitted() throws Exception {
        String topic = fixtures.topic(10, 20, 30);
        String group = GroupFixtures.unique("g");
        fixtures.commit(group, topic, 4, 20, 1);

        GroupDetail detail = session.groups().describe(group, T);

        assertThat(detail.partitions()).extracting(PartitionLag::committedOffset, PartitionLag::endOffset,
                PartitionLag::lag).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, 10L, 6L),
                        org.assertj.core.groups.Tuple.tuple(20L, 20L, 0L),
                        org.assertj.core.groups.Tuple.tuple(1L, 30L, 29L));
        assertThat(detail.totalLag()).isEqualTo(35L);
        assertThat(detail.state()).isEqualTo("Empty");
        assertThat(detail.members()).isEmpty();
    }

    @Test
    void lagIsAbsentNotZeroWhereTheGroupCommittedNothing() throws Exception {
        String topic = fixtures.topic(5, 5, 5);
        String group = GroupFixtures.unique("g");
        fixtures.commit(group, topic, 5, -1, 2);

        PartitionLag uncommitted = session.groups().describe(group, T).partitions().get(1);

        assertThat(uncommitted.partition()).isEqualTo(1);
        assertThat(uncommitted.committedOffset()).isNull();
        assertThat(uncommitted.lag()).isNull();
        assertThat(uncommitted.endOffset()).isEqualTo(5L);
    }

    @Test
    void demoGroupHasLagOnFivePartitionsAndNoneOnTheUncommittedSixth() {
        GroupDetail demo = session.groups().describe("demo.consumers", T);

        assertThat(demo.partitions()).hasSize(6);
        assertThat(demo.partitions().subList(0, 5)).allSatisfy(p -> assertThat(p.lag()).isNotNull().isPositive());
        assertThat(demo.partitions().get(5).committedOffset()).isNull();
        assertThat(demo.partitions().get(5).lag()).isNull();
    }

    @Test
    void listShowsTypeStateTopicsAndTotalLag() throws Exception {
        String topic = fixtures.topic(8, 8);
        String group = GroupFixtures.unique("g");
        fixtures.commit(group, topic, 3, 8);

        GroupSummary row = session.groups().list(T, b -> { }).groups().stream()
                .filter(g -> g.groupId().equals(group)).findFirst().orElseThrow();

        assertThat(row.totalLag()).isEqualTo(5L);
        assertThat(row.topics()).containsExactly(topic);
        assertThat(row.type().label()).isIn("classic", "consumer");
        assertThat(row.state()).isEqualTo("Empty");
        assertThat(row.members()).isZero();
        assertThat(row.coordinator()).isNotNull();
        assertThat(row.error()).isNull();
    }

    @Test
    void listDeliversEveryGroupInSortedBatches() throws Exception {
        String topic = fixtures.topic(1);
        for (int i = 0; i < 5; i++) {
            fixtures.commit(GroupFixtures.unique("batch"), topic, 0);
        }
        List<List<GroupSummary>> batches = new ArrayList<>();

        GroupList list = new GroupLister(fixtures.admin(), 2).list(Deadline.in(T), batches::add);

        assertThat(batches).hasSizeGreaterThanOrEqualTo(3).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(2));
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(list.groups().size());
        assertThat(list.groups()).extracting(GroupSummary::groupId).isSorted();
    }

    @Test
    void aGroupWithActiveMembersShowsThemWithTheirAssignment() throws Exception {
        String topic = fixtures.topic(3, 3);
        String group = GroupFixtures.unique("g");
        try (var consumer = fixtures.activeMember(group, topic)) {
            GroupDetail detail = session.groups().describe(group, T);

            assertThat(detail.members()).hasSize(1);
            assertThat(detail.members().get(0).clientId()).isEqualTo("fixture-" + group);
            assertThat(detail.members().get(0).assignment()).hasSize(2);
            assertThat(detail.partitions()).allSatisfy(p -> assertThat(p.clientId()).isEqualTo("fixture-" + group));
        }
    }

    @Test
    void lagByTopicGivesGroupsPerTopicAndTheLargestLag() throws Exception {
        String topic = fixtures.topic(10, 10);
        String small = GroupFixtures.unique("g");
        String big = GroupFixtures.unique("g");
        fixtures.commit(small, topic, 9, 10);
        fixtures.commit(big, topic, 2, 3);
        String unread = fixtures.topic(1);

        Map<String, TopicGroupLag> lag = session.groups().lagByTopic(List.of(topic, unread), T);

        assertThat(lag.get(topic).groups()).containsExactlyInAnyOrder(small, big);
        assertThat(lag.get(topic).maxLag()).isEqualTo(15L);
        assertThat(lag.get(topic).maxLagGroup()).isEqualTo(big);
        assertThat(lag.get(unread).groupCount()).isZero();
        assertThat(lag.get(unread).maxLag()).isNull();
    }

    @Test
    void describingAnUnknownGroupSaysSo() {
        assertThatThrownBy(() -> session.groups().describe(GroupFixtures.unique("nobody"), T))
                .isInstanceOf(GroupNotFoundException.class).hasMessageContaining("no consumer group named");
    }

    @Test
    void deletingOffsetsForgetsOneTopicOnly() throws Exception {
        String keep = fixtures.topic(4);
        String forget = fixtures.topic(4, 4);
        String group = GroupFixtures.unique("g");
        fixtures.commit(group, keep, 1);
        fixtures.commit(group, forget, 2, 3);

        int deleted = session.groups().deleteOffsets(group, forget, T);

        assertThat(deleted).isEqualTo(2);
        assertThat(fixtures.committed(group)).containsOnlyKeys(new TopicPartition(keep, 0));
    }

    @Test
    void deletingAGroupRemovesIt() throws Exception {
        String topic = fixtures.topic(2);
        String group = GroupFixtures.unique("g");
        fixtures.commit(group, topic, 1);

        session.groups().delete(group, T);

        assertThat(session.groups().list(T, b -> { }).groups()).noneMatch(g -> g.groupId().equals(group));
        assertThat(fixtures.committed(group)).isEmpty();
    }

    @Test
    void aGroupWithMembersCannotBeDeleted() throws Exception {
        String topic = fixtures.topic(1);
        String group = GroupFixtures.unique("g");
        try (var consumer = fixtures.activeMember(group, topic)) {
            assertThatThrownBy(() -> session.groups().delete(group, T))
                    .isInstanceOf(GroupActiveException.class).hasMessageContaining("1 active member");
        }
    }
}
