package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import io.partita.model.ProduceTemplate;
import io.partita.model.RecentSend;
import io.partita.produce.Placeholders;
import io.partita.ui.common.Bind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Produce tab: the record form on the left, the delivery report on the right. Binds and forwards only. */
public final class ProduceView extends BorderPane {

    private static final String CSS = "/io/partita/ui/produce/produce.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ProduceViewModel vm;

    public ProduceView(ProduceViewModel vm) {
        this.vm = vm;
        setId("produce");
        getStyleClass().add("produce");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(CSS), CSS).toExternalForm());
        Label notice = Bind.message(vm.noticeProperty(), "warning-banner");
        notice.setId("produceNotice");
        notice.setGraphic(new FontIcon(Material2AL.INFO));
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("produceError");
        VBox top = new VBox(8, toolbar(), notice, error);
        top.setPadding(new Insets(14, 16, 8, 16));
        setTop(top);
        SplitPane split = new SplitPane(form(), report());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        setCenter(split);
    }

    private HBox toolbar() {
        Label title = new Label("Produce");
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<String> topic = new ComboBox<>(vm.topics());
        topic.setId("topicBox");
        topic.setEditable(true);
        topic.setPromptText("topic");
        topic.setPrefWidth(280);
        topic.valueProperty().bindBidirectional(vm.topicProperty());
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshTopicsCommand());
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Reload the topic list"));
        TextField partition = new TextField();
        partition.setId("partitionField");
        partition.setPromptText("auto");
        partition.setPrefWidth(70);
        partition.textProperty().bindBidirectional(vm.partitionProperty());
        partition.setTooltip(new Tooltip("A fixed partition, or empty to let the producer choose by key hash"));
        Label partitionLabel = new Label("Partition");
        partitionLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, topic, refresh, partitionLabel, partition, spacer, templatesMenu(), recentMenu());
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private MenuButton templatesMenu() {
        MenuButton menu = new MenuButton("Templates", new FontIcon(Material2AL.BOOKMARKS));
        menu.setId("templatesMenu");
        menu.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Runnable rebuild = () -> {
            menu.getItems().clear();
            MenuItem save = Bind.command(new MenuItem("Save as template…"), vm.templates().saveCommand());
            menu.getItems().add(save);
            if (!vm.templates().templates().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (ProduceTemplate t : vm.templates().templates()) {
                MenuItem use = new MenuItem(t.name());
                use.setOnAction(e -> vm.templates().apply(t));
                menu.getItems().add(use);
            }
            for (ProduceTemplate t : vm.templates().templates()) {
                MenuItem delete = new MenuItem("Delete “" + t.name() + "”", new FontIcon(Material2AL.DELETE_OUTLINE));
                delete.setOnAction(e -> vm.templates().delete(t));
                menu.getItems().add(delete);
            }
        };
        vm.templates().templates().addListener((ListChangeListener<ProduceTemplate>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private MenuButton recentMenu() {
        MenuButton menu = new MenuButton("Recent", new FontIcon(Material2AL.HISTORY));
        menu.setId("recentMenu");
        menu.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (RecentSend r : vm.templates().recent()) {
                String label = WHEN.format(r.at()) + "  " + r.draft().topic()
                        + (r.bulk().count() > 1 ? "  ×" + r.bulk().count() : "") + "  "
                        + abbreviate(r.draft().value().text());
                MenuItem use = new MenuItem(label);
                use.setOnAction(e -> vm.templates().apply(r));
                menu.getItems().add(use);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        vm.templates().recent().addListener((ListChangeListener<RecentSend>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private Node form() {
        PayloadEditorView key = new PayloadEditorView(vm.key(), vm.schemas().subjects(), "key", 2,
                "no key (null)", "key text, e.g. customer-${i}");
        PayloadEditorView value = new PayloadEditorView(vm.value(), vm.schemas().subjects(), "value", 10,
                "null (tombstone)", "value text");
        TitledPane settings = new TitledPane("Producer settings", new SettingsView(vm));
        settings.setId("settingsPane");
        settings.setExpanded(false);
        settings.getStyleClass().add(Styles.DENSE);
        VBox fields = new VBox(16, key, value, new HeadersView(vm), bulk(), settings);
        fields.setPadding(new Insets(8, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setId("produceForm");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(sendBar());
        pane.setMinWidth(420);
        return pane;
    }

    private Node bulk() {
        Label title = new Label("Copies");
        title.getStyleClass().add("section-title");
        TextField count = new TextField();
        count.setId("countField");
        count.setPrefWidth(110);
        count.textProperty().bindBidirectional(vm.countProperty());
        TextField rate = new TextField();
        rate.setId("rateField");
        rate.setPromptText("no limit");
        rate.setPrefWidth(110);
        rate.textProperty().bindBidirectional(vm.rateProperty());
        HBox line = new HBox(8, new Label("Send"), count, new Label("copies, at most"), rate, new Label("per second"));
        line.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label("Placeholders in key, value and headers:  " + String.join("   ·   ", Placeholders.HELP));
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(6, title, line, help);
    }

    private Node sendBar() {
        Button send = Bind.command(new Button("Send", new FontIcon(Material2MZ.SEND)), vm.sendCommand());
        send.setId("sendButton");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        Button cancel = Bind.command(new Button(), vm.cancelCommand());
        cancel.setId("cancelButton");
        cancel.textProperty().bind(Bindings.when(vm.cancellingProperty()).then("Stop waiting").otherwise("Cancel"));
        cancel.setTooltip(new Tooltip("Cancel: send no more, wait for the records in flight and report them. "
                + "Stop waiting: close the producer now and report each unanswered record."));
        Label readOnly = new Label(vm.canProduce() ? "" : "Read-only profile");
        readOnly.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button importFile = new Button("Import file…", new FontIcon(Material2AL.FILE_UPLOAD));
        importFile.setId("importButton");
        importFile.setTooltip(new Tooltip("Send the records of a JSON Lines export (Messages → Export, or "
                + "'partita consume --export F.jsonl') to the topic above, byte for byte, with this delivery report"));
        importFile.disableProperty().bind(vm.sendingProperty().or(Bindings.createBooleanBinding(vm::canProduce).not()));
        importFile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Import records into " + (vm.topicProperty().get() == null ? "a topic"
                    : vm.topicProperty().get()));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
            java.io.File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                vm.importFile(file.toPath(), false);
            }
        });
        HBox bar = new HBox(10, send, cancel, importFile, readOnly);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("send-bar");
        return bar;
    }

    private Node report() {
        DeliveryReportView report = new DeliveryReportView(vm.report());
        report.setPadding(new Insets(8, 16, 16, 16));
        report.setMinWidth(420);
        return report;
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
