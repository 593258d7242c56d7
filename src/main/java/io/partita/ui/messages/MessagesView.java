package io.partita.ui.messages;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The messages tab: the browse form on top, the table and the detail pane side by side, a status line. */
public final class MessagesView extends BorderPane {

    private static final List<String> FORMATS = List.of("auto", "avro", "json", "text", "hex", "int32", "int64",
            "double");

    public MessagesView(MessagesViewModel vm, ZoneId zone) {
        setId("messagesView");
        getStylesheets().add(Objects.requireNonNull(MessagesView.class.getResource("messages.css")).toExternalForm());
        TableView<MessageRow> table = MessageTable.create(vm.rows(), zone);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<MessageRow>) change ->
                // Mid-change the selection can hold nulls; only real rows reach the view model.
                vm.select(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList()));
        SplitPane split = new SplitPane(table, new MessageDetailView(vm.detail()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("messagesError");
        Label warning = Bind.message(vm.warningProperty(), "warning-banner");
        warning.setId("messagesWarning");
        TableJumps.follow(table, vm.tools().jumpToProperty());
        TailFollow.install(table, vm.tailingProperty());
        VBox top = new VBox(8, form(vm), error, warning);
        top.setPadding(new Insets(10, 12, 8, 12));
        setTop(top);
        setCenter(split);
        setBottom(status(vm));
    }

    private static VBox form(MessagesViewModel vm) {
        BrowseSettings s = vm.settings();
        SearchableComboBox<String> topic = new SearchableComboBox<>(vm.topics());
        topic.setId("topicChoice");
        topic.setPromptText("Topic");
        topic.setPrefWidth(260);
        topic.valueProperty().bindBidirectional(s.topicProperty());
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshTopicsCommand());
        refresh.setTooltip(new Tooltip("Reload the topic list"));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        TextField partitions = field("partitionsField", "all", 90, s.partitionsProperty());
        partitions.setTooltip(new Tooltip("Partitions to read, e.g. 0, 2, 4-6; empty for all"));

        ChoiceBox<BrowseSettings.Start> start = new ChoiceBox<>();
        start.getItems().setAll(BrowseSettings.Start.values());
        start.setId("startChoice");
        start.valueProperty().bindBidirectional(s.startProperty());
        TextField startValue = field("startValueField", "", 170, s.startValueProperty());
        startValue.promptTextProperty().bind(Bindings.createStringBinding(() -> switch (s.startProperty().get()) {
            case LAST_N -> "N per partition";
            case OFFSET -> "offset";
            case TIME -> "2026-01-31 14:00 or …Z";
            case GROUP -> "consumer group";
            case BEGINNING -> "";
        }, s.startProperty()));
        Bind.shownWhen(startValue, s.startProperty().isNotEqualTo(BrowseSettings.Start.BEGINNING));

        ChoiceBox<BrowseSettings.Stop> stop = new ChoiceBox<>();
        stop.getItems().setAll(BrowseSettings.Stop.values());
        stop.setId("stopChoice");
        stop.valueProperty().bindBidirectional(s.stopProperty());
        TextField stopValue = field("stopValueField", "2026-01-31 15:00 or …Z", 170, s.stopValueProperty());
        Bind.shownWhen(stopValue, s.stopProperty().isEqualTo(BrowseSettings.Stop.TIME));
        TextField max = field("maxField", "no limit", 90, s.maxMessagesProperty());

        Button read = Bind.command(new Button("Read", new FontIcon(Material2MZ.PLAY_ARROW)), vm.startCommand());
        read.setId("readButton");
        read.getStyleClass().add(Styles.ACCENT);
        read.setDefaultButton(true);
        Button stopButton = Bind.command(new Button("Stop", new FontIcon(Material2MZ.STOP)), vm.stopCommand());
        stopButton.setId("stopButton");
        Button clear = Bind.command(new Button(null, new FontIcon(Material2AL.CLEAR_ALL)), vm.clearCommand());
        clear.setTooltip(new Tooltip("Clear the table"));
        clear.getStyleClass().add(Styles.BUTTON_ICON);

        FlowPane first = row(topic, refresh, caption("Partitions"), partitions, start, startValue, stop, stopValue,
                caption("Max"), max, read, stopButton, clear);
        Spinner<Integer> cap = new Spinner<>(1_000, 5_000_000, vm.capProperty().get(), 10_000);
        cap.setId("capSpinner");
        cap.setEditable(true);
        cap.setPrefWidth(120);
        cap.getValueFactory().valueProperty().addListener((obs, old, now) -> vm.capProperty().set(now));
        FlowPane second = row(caption("Key format"), format("keyFormat", s.keyFormatProperty()),
                caption("Value format"), format("valueFormat", s.valueFormatProperty()),
                caption("Keep at most"), cap, caption("rows"));
        return new VBox(8, first, second, FilterBar.create(vm, read));
    }

    private static ComboBox<String> format(String id, javafx.beans.property.StringProperty property) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(FORMATS);
        box.setEditable(true);
        box.setId(id);
        box.setPrefWidth(170);
        box.setTooltip(new Tooltip("auto detects per record; avro:subject=NAME or avro:id=N reads with a chosen "
                + "schema. Remembered per topic."));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static TextField field(String id, String prompt, double width, javafx.beans.property.StringProperty p) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(p);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The status line: what the read did so far, and a bar while its end is known. Nothing here animates by itself: an
     * indeterminate bar or spinner redraws every frame for as long as a live tail runs (hours), and while a million
     * records stream in its frames took the cores the reader and the table need (view benchmark: 1M records into
     * the table in 4.5–4.8 s with a spinner, 3.2 s without); the status text says "Reading…" or "Following…" with
     * the counts instead.
     */
    private static HBox status(MessagesViewModel vm) {
        Label status = new Label();
        status.setId("messagesStatus");
        status.textProperty().bind(vm.statusProperty());
        Tooltip scanned = new Tooltip();
        scanned.textProperty().bind(vm.scanDetailsProperty());
        status.tooltipProperty().bind(Bindings.when(vm.scanDetailsProperty().isEmpty()).then((Tooltip) null)
                .otherwise(scanned));
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("messagesProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        Bind.shownWhen(progress, vm.runningProperty().and(vm.progressProperty().greaterThanOrEqualTo(0)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label outcome = new Label();
        outcome.setId("toolsOutcome");
        outcome.textProperty().bind(vm.tools().outcomeProperty());
        outcome.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(8, progress, status, spacer, outcome);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
