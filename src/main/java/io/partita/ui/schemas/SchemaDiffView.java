package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.SchemaChange;
import io.partita.schema.TextDiff;
import io.partita.ui.common.Bind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** Two versions side by side in time: the structural changes on top, the line diff of their texts below. */
final class SchemaDiffView extends VBox {

    private final SchemaDiffViewModel vm;

    SchemaDiffView(SchemaDiffViewModel vm) {
        super(8);
        this.vm = vm;
        setId("diffView");
        setPadding(new Insets(10, 0, 0, 0));
        Label summary = new Label();
        summary.setId("diffSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        SplitPane split = new SplitPane(changesTable(), CodeAreas.scrolled(textDiff()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(pickers(), summary, error, split);
    }

    private HBox pickers() {
        ComboBox<VersionItem> from = new ComboBox<>(vm.versions());
        from.setId("diffFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<VersionItem> to = new ComboBox<>(vm.versions());
        to.setId("diffTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        HBox row = new HBox(8, new Label("From"), from, new Label("to"), to);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<SchemaChange> changesTable() {
        TableView<SchemaChange> table = new TableView<>(vm.changes());
        table.setId("diffChanges");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SchemaChange, String> kind = column("Change", 150, c -> label(c.kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll("change-added", "change-removed", "change-changed");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(tone(getTableRow().getItem().kind()));
                }
            }
        });
        table.getColumns().add(kind);
        table.getColumns().add(column("Where", 220, SchemaChange::path));
        table.getColumns().add(column("Before", 160, c -> Objects.toString(c.before(), "")));
        table.getColumns().add(column("After", 160, c -> Objects.toString(c.after(), "")));
        table.setPlaceholder(new Label("No structural changes"));
        return table;
    }

    private CodeArea textDiff() {
        CodeArea area = CodeAreas.create("diffText", false);
        vm.lines().addListener((ListChangeListener<TextDiff.Line>) change -> show(area, List.copyOf(vm.lines())));
        show(area, List.copyOf(vm.lines()));
        return area;
    }

    /** Unified diff: "- " removed, "+ " added, each line's background by its kind. */
    private static void show(CodeArea area, List<TextDiff.Line> lines) {
        StringBuilder text = new StringBuilder();
        for (TextDiff.Line line : lines) {
            text.append(switch (line.op()) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            }).append(line.text()).append('\n');
        }
        area.replaceText(text.length() == 0 ? "" : text.substring(0, text.length() - 1));
        for (int i = 0; i < lines.size() && i < area.getParagraphs().size(); i++) {
            TextDiff.Op op = lines.get(i).op();
            area.setParagraphStyle(i, op == TextDiff.Op.SAME ? List.of() : List.of(op == TextDiff.Op.ADDED
                    ? "diff-added" : "diff-removed"));
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    private static String label(SchemaChange.Kind kind) {
        String text = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String tone(SchemaChange.Kind kind) {
        return switch (kind) {
            case FIELD_ADDED, SYMBOL_ADDED, BRANCH_ADDED, DEFAULT_ADDED -> "change-added";
            case FIELD_REMOVED, SYMBOL_REMOVED, BRANCH_REMOVED, DEFAULT_REMOVED -> "change-removed";
            default -> "change-changed";
        };
    }

    private static TableColumn<SchemaChange, String> column(String title, double width,
                                                            Function<SchemaChange, String> value) {
        TableColumn<SchemaChange, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}
