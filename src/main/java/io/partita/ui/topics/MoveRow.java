package io.partita.ui.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;

/**
 * One partition in the reassignment table: its replicas now and the target list the user edits ("2, 3, 1";
 * the first is the preferred leader).
 */
public final class MoveRow {

    private final int partition;
    private final List<Integer> current;
    private final StringProperty target = new SimpleStringProperty(this, "target");
    private final StringBinding problem;

    MoveRow(int partition, List<Integer> current, ObservableSet<Integer> liveBrokers) {
        this.partition = partition;
        this.current = List.copyOf(current);
        this.target.set(format(current));
        this.problem = Bindings.createStringBinding(() -> problem(target.get(), liveBrokers), target, liveBrokers);
    }

    public static String format(List<Integer> replicas) {
        return replicas.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The parsed target, or null when it does not parse. */
    public List<Integer> targetReplicas() {
        return parse(target.get());
    }

    static List<Integer> parse(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ids;
    }

    private static String problem(String text, Set<Integer> live) {
        List<Integer> ids = parse(text);
        if (ids == null) {
            return "write broker ids separated by commas";
        }
        if (ids.isEmpty()) {
            return "at least one replica";
        }
        if (ids.stream().distinct().count() != ids.size()) {
            return "a broker appears twice";
        }
        List<Integer> unknown = ids.stream().filter(id -> !live.isEmpty() && !live.contains(id)).toList();
        return unknown.isEmpty() ? "" : "no live broker " + format(unknown);
    }

    public boolean changed() {
        List<Integer> t = targetReplicas();
        return t != null && !t.equals(current);
    }

    public int partition() { return partition; }
    public List<Integer> current() { return current; }
    public StringProperty targetProperty() { return target; }
    /** Empty when the target is a valid replica list. */
    public StringBinding problemProperty() { return problem; }
}
