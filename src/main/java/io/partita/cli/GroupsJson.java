package io.partita.cli;

import io.partita.model.BrokerNode;
import io.partita.model.GroupDetail;
import io.partita.model.GroupLagStats;
import io.partita.model.GroupSummary;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetRow;
import io.partita.model.PartitionLag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the {@code groups} commands; field names are part of the CLI's contract. */
final class GroupsJson {

    private GroupsJson() {
    }

    static Map<String, Object> summary(GroupSummary g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", g.groupId());
        json.put("type", g.type().label());
        json.put("state", g.state());
        json.put("protocolType", g.protocolType());
        json.put("assignor", g.assignor());
        json.put("members", g.members());
        json.put("coordinator", coordinator(g.coordinator()));
        json.put("topics", g.topics());
        json.put("totalLag", g.totalLag());
        json.put("error", g.error());
        return json;
    }

    /** The shape first ({@code group, state, members, partitions}); owner and totals after it. */
    static Map<String, Object> detail(GroupDetail d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", d.groupId());
        json.put("state", d.state());
        json.put("members", d.members().size());
        json.put("partitions", d.partitions().stream().map(GroupsJson::partition).toList());
        json.put("type", d.type().label());
        json.put("assignor", d.assignor());
        json.put("coordinator", coordinator(d.coordinator()));
        json.put("totalLag", d.totalLag());
        return json;
    }

    private static Map<String, Object> partition(PartitionLag p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", p.topic());
        json.put("partition", p.partition());
        json.put("committedOffset", p.committedOffset());
        json.put("endOffset", p.endOffset());
        json.put("lag", p.lag());
        json.put("memberId", p.memberId());
        json.put("clientId", p.clientId());
        json.put("host", p.host());
        return json;
    }

    static Integer coordinator(BrokerNode node) {
        return node == null ? null : node.id();
    }

    /** One line of {@code groups lag}: exactly time, totalLag, consumeRate, produceRate, etaSeconds. */
    static Map<String, Object> lag(GroupLagStats s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", Instant.ofEpochMilli(s.timeMillis()).toString());
        json.put("totalLag", s.totalLag());
        json.put("consumeRate", round(s.consumeRate()));
        json.put("produceRate", round(s.produceRate()));
        json.put("etaSeconds", s.catchUp().etaSeconds());
        return json;
    }

    static Double round(Double rate) {
        return rate == null ? null : Math.round(rate * 1000.0) / 1000.0;
    }

    static Map<String, Object> plan(OffsetResetPlan plan, boolean executed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", plan.groupId());
        json.put("reset", plan.spec().describe());
        json.put("scope", plan.scope().describe());
        json.put("executed", executed);
        json.put("state", plan.groupState());
        json.put("activeMembers", plan.activeMembers());
        json.put("partitions", plan.rows().stream().map(GroupsJson::row).toList());
        json.put("skipped", plan.skipped().stream().map(Object::toString).toList());
        return json;
    }

    private static Map<String, Object> row(OffsetResetRow r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", r.topic());
        json.put("partition", r.partition());
        json.put("currentOffset", r.currentOffset());
        json.put("newOffset", r.newOffset());
        json.put("endOffset", r.endOffset());
        json.put("lagBefore", r.currentLag());
        json.put("lagAfter", r.resultingLag());
        json.put("note", r.note());
        return json;
    }

    static List<Map<String, Object>> summaries(List<GroupSummary> groups) {
        return groups.stream().map(GroupsJson::summary).toList();
    }
}
