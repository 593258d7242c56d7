package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.PartitionDetail;
import io.partita.model.ReassignmentPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReassignmentPlansTest {

    private static PartitionDetail partition(int p, List<Integer> replicas) {
        return new PartitionDetail("t", p, replicas.get(0), replicas, replicas, 0L, 0L, null);
    }

    @Test
    void evenPlanSpreadsReplicasAndLeadersOverTheChosenBrokers() {
        List<PartitionDetail> parts = List.of(partition(0, List.of(1, 2)), partition(1, List.of(1, 2)),
                partition(2, List.of(1, 2)));

        ReassignmentPlan plan = ReassignmentPlans.even(parts, List.of(1, 2, 3));

        assertThat(plan.partitions()).extracting(ReassignmentPlan.Move::replicas)
                .containsExactly(List.of(1, 2), List.of(2, 3), List.of(3, 1));
    }

    @Test
    void evenPlanRefusesFewerBrokersThanReplicas() {
        assertThatThrownBy(() -> ReassignmentPlans.even(List.of(partition(0, List.of(1, 2, 3))), List.of(1, 2)))
                .hasMessageContaining("only 2 brokers");
    }

    @Test
    void planSurvivesTheKafkaReassignPartitionsJsonFormat() {
        ReassignmentPlan plan = new ReassignmentPlan(List.of(new ReassignmentPlan.Move("orders", 3, List.of(2, 1))));

        String json = ReassignmentPlans.toJson(plan);

        assertThat(json).contains("\"version\" : 1").contains("\"topic\" : \"orders\"");
        assertThat(ReassignmentPlans.fromJson(json)).isEqualTo(plan);
        assertThat(ReassignmentPlans.fromJson(
                "{\"version\":1,\"partitions\":[{\"topic\":\"a\",\"partition\":0,\"replicas\":[1],\"log_dirs\":[\"any\"]}]}")
                .partitions()).hasSize(1);
    }

    @Test
    void malformedPlansAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ReassignmentPlans.fromJson("{")).hasMessageContaining("not a JSON");
        assertThatThrownBy(() -> ReassignmentPlans.fromJson("{\"version\":1}")).hasMessageContaining("partitions");
        assertThatThrownBy(() -> ReassignmentPlans.fromJson(
                "{\"partitions\":[{\"topic\":\"a\",\"partition\":0,\"replicas\":[1,1]}]}"))
                .hasMessageContaining("distinct");
    }
}
