package io.partita.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partita.model.PartitionDetail;
import io.partita.model.ReassignmentPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Pure helpers for reassignment plans: even spreading and the kafka-reassign-partitions JSON format. */
public final class ReassignmentPlans {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReassignmentPlans() {
    }

    /**
     * Spreads each partition's replicas round-robin over {@code brokers}, keeping the replication factor, with the
     * leader position rotating so that leadership is spread evenly too.
     */
    public static ReassignmentPlan even(List<PartitionDetail> partitions, List<Integer> brokers) {
        if (brokers.isEmpty()) {
            throw new IllegalArgumentException("choose at least one broker");
        }
        List<ReassignmentPlan.Move> moves = new ArrayList<>();
        int i = 0;
        for (PartitionDetail p : partitions) {
            int rf = p.replicas().size();
            if (rf > brokers.size()) {
                throw new IllegalArgumentException(p.topic() + "-" + p.partition() + " has " + rf
                        + " replicas but only " + brokers.size() + " brokers were chosen");
            }
            List<Integer> replicas = new ArrayList<>();
            for (int r = 0; r < rf; r++) {
                replicas.add(brokers.get((i + r) % brokers.size()));
            }
            moves.add(new ReassignmentPlan.Move(p.topic(), p.partition(), replicas));
            i++;
        }
        return new ReassignmentPlan(moves);
    }

    public static String toJson(ReassignmentPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode parts = root.putArray("partitions");
        for (ReassignmentPlan.Move m : plan.partitions()) {
            ObjectNode node = parts.addObject();
            node.put("topic", m.topic());
            node.put("partition", m.partition());
            ArrayNode replicas = node.putArray("replicas");
            m.replicas().forEach(replicas::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a kafka-reassign-partitions plan; log_dirs, when present, must be "any" (not supported otherwise). */
    public static ReassignmentPlan fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON reassignment plan: " + e.getMessage(), e);
        }
        JsonNode parts = root == null ? null : root.get("partitions");
        if (parts == null || !parts.isArray()) {
            throw new IllegalArgumentException("a reassignment plan needs a \"partitions\" array");
        }
        List<ReassignmentPlan.Move> moves = new ArrayList<>();
        for (JsonNode node : parts) {
            moves.add(move(node));
        }
        return new ReassignmentPlan(moves);
    }

    private static ReassignmentPlan.Move move(JsonNode node) {
        if (!node.path("topic").isTextual() || !node.path("partition").isInt() || !node.path("replicas").isArray()) {
            throw new IllegalArgumentException("each entry needs \"topic\", \"partition\" and \"replicas\": " + node);
        }
        List<Integer> replicas = new ArrayList<>();
        node.get("replicas").forEach(r -> replicas.add(r.asInt()));
        if (replicas.isEmpty() || replicas.stream().distinct().count() != replicas.size()) {
            throw new IllegalArgumentException("replicas must be a non-empty list of distinct broker ids: " + node);
        }
        JsonNode dirs = node.get("log_dirs");
        if (dirs != null && dirs.isArray()) {
            dirs.forEach(d -> {
                if (!"any".equals(d.asText())) {
                    throw new IllegalArgumentException("moving replicas between log dirs is not supported: " + node);
                }
            });
        }
        return new ReassignmentPlan.Move(node.get("topic").asText(), node.get("partition").asInt(), replicas);
    }
}
