package io.partita.ui.topics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.PartitionDetail;
import io.partita.ui.common.Quantities;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The partitions of a topic. Offline rows are red, under-replicated rows amber, and a leader that is not the
 * preferred replica is marked in its cell. Selection (several rows) flows into the view model.
 */
final class PartitionsTable extends TableView<PartitionDetail> {

    private boolean syncing;

    PartitionsTable(TopicDetailViewModel vm) {
        setId("partitionTable");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        SortedList<PartitionDetail> sorted = new SortedList<>(vm.partitions());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getColumns().addAll(List.of(
                Columns.number("Partition", 80, p -> (long) p.partition(), String::valueOf, null),
                leaderColumn(),
                Columns.text("Replicas", 130, p -> MoveRow.format(p.replicas())),
                isrColumn(),
                Columns.number("Earliest", 110, PartitionDetail::earliestOffset, Quantities::count, null),
                Columns.number("Latest", 110, PartitionDetail::latestOffset, Quantities::count, null),
                Columns.number("Messages", 110, PartitionDetail::messages, Quantities::count, null),
                Columns.number("Size", 100, PartitionDetail::sizeBytes, Quantities::bytes, null)));
        setPlaceholder(new Label("Loading partitions…"));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PartitionDetail item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-warning", "row-danger", "partition-offline", "partition-urp");
                if (!empty && item != null && item.offline()) {
                    getStyleClass().addAll("row-danger", "partition-offline");
                } else if (!empty && item != null && item.underReplicated()) {
                    getStyleClass().addAll("row-warning", "partition-urp");
                }
            }
        });
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<PartitionDetail>) c -> {
            if (!syncing) {
                vm.selectedPartitions().setAll(List.copyOf(getSelectionModel().getSelectedItems()));
            }
        });
        // After a reload the view model restores the selection by partition number; mirror it here.
        vm.selectedPartitions().addListener((ListChangeListener<PartitionDetail>) c -> {
            if (!syncing && !getSelectionModel().getSelectedItems().equals(vm.selectedPartitions())) {
                syncing = true;
                try {
                    getSelectionModel().clearSelection();
                    vm.selectedPartitions().forEach(p -> getSelectionModel().select(p));
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private static TableColumn<PartitionDetail, PartitionDetail> leaderColumn() {
        TableColumn<PartitionDetail, PartitionDetail> column = new TableColumn<>("Leader");
        column.setPrefWidth(150);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(p -> p.leader() == null ? -1 : p.leader()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PartitionDetail p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("cell-danger", "cell-warning", "leader-not-preferred");
                setTooltip(null);
                if (empty || p == null) {
                    setText(null);
                } else if (p.offline()) {
                    setText("offline");
                    getStyleClass().add("cell-danger");
                } else if (p.leaderNotPreferred()) {
                    setText(p.leader() + "  ◆ preferred " + p.replicas().get(0));
                    getStyleClass().addAll("cell-warning", "leader-not-preferred");
                    setTooltip(new Tooltip("The leader is not the preferred replica (the first of the replica "
                            + "list). A preferred leader election moves it back."));
                } else {
                    setText(String.valueOf(p.leader()));
                }
            }
        });
        return column;
    }

    private static TableColumn<PartitionDetail, String> isrColumn() {
        TableColumn<PartitionDetail, String> column = Columns.text("In-sync replicas", 180, p -> {
            List<Integer> missing = p.replicas().stream().filter(r -> !p.isr().contains(r)).toList();
            return MoveRow.format(p.isr()) + (missing.isEmpty() ? "" : "   (missing " + MoveRow.format(missing) + ")");
        });
        return column;
    }
}
