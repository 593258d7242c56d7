package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One subject: header with its level and deletes, versions on the left, schema / compare / new version tabs. */
final class SubjectView extends VBox {

    private final SubjectViewModel vm;

    SubjectView(SubjectViewModel vm) {
        super(10);
        this.vm = vm;
        setId("subjectView");
        setPadding(new Insets(14, 16, 14, 16));
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("subjectError");
        Label status = Bind.message(vm.statusProperty(), Styles.SUCCESS, "status-banner");
        status.setId("subjectStatus");
        Label levelError = Bind.message(vm.level().errorProperty(), Styles.DANGER, "error-banner");
        HBox body = new HBox(12, versions(), tabs());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), level(), levelError, error, status, body);
    }

    private HBox header() {
        Label title = new Label(vm.subject());
        title.setId("subjectTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Label topic = new Label(vm.topicText());
        topic.getStyleClass().addAll(Styles.TEXT_MUTED);
        Label deleted = Bind.shownWhen(new Label("soft-deleted"), vm.deletedProperty());
        deleted.getStyleClass().add("badge");
        Button delete = Bind.command(new Button("Delete subject", new FontIcon(Material2AL.DELETE_OUTLINE)),
                vm.deletes().deleteSubjectCommand());
        delete.setId("deleteSubject");
        delete.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        SchemasView.fixed(delete);
        Button purge = Bind.command(new Button("Delete permanently…", new FontIcon(Material2AL.DELETE_FOREVER)),
                vm.deletes().purgeSubjectCommand());
        purge.setId("purgeSubject");
        purge.getStyleClass().add(Styles.DANGER);
        SchemasView.fixed(purge);
        Bind.shownWhen(purge, vm.deletedProperty());
        Bind.shownWhen(delete, vm.deletedProperty().not());
        HBox header = new HBox(10, title, deleted, topic, SchemasView.spacer(), Bind.busy(vm.refreshCommand()
                .runningProperty().or(vm.loadVersionCommand().runningProperty()), "subjectBusy"), delete, purge);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox level() {
        Label caption = SchemasView.fixed(new Label("Compatibility"));
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        Label description = new Label();
        description.setId("subjectLevel");
        description.textProperty().bind(vm.level().descriptionProperty());
        description.setMinWidth(0);
        HBox.setHgrow(description, Priority.ALWAYS);
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(
                io.partita.schema.HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.stream().sorted().toList()));
        choice.setId("subjectLevelChoice");
        choice.valueProperty().bindBidirectional(vm.level().choiceProperty());
        choice.disableProperty().bind(vm.canMutateProperty().not());
        choice.setPrefWidth(190);
        SchemasView.fixed(choice);
        Button set = SchemasView.fixed(Bind.command(new Button("Set"), vm.level().setCommand()));
        set.setId("setSubjectLevel");
        set.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Button reset = SchemasView.fixed(Bind.command(new Button("Use global"), vm.level().resetCommand()));
        reset.setId("resetSubjectLevel");
        reset.getStyleClass().add(Styles.FLAT);
        HBox row = new HBox(10, caption, description, choice, set, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("level-row");
        return row;
    }

    private VBox versions() {
        Label caption = new Label("Versions");
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<VersionItem> list = new ListView<>(vm.versions());
        list.setId("versionList");
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(l -> new VersionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != vm.selectedVersionProperty().get()) {
                vm.selectedVersionProperty().set(item);
            }
        });
        vm.selectedVersionProperty().addListener((obs, old, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
                list.scrollTo(item);
            }
        });
        list.setPlaceholder(new Label("No versions"));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, caption, list);
        box.setPrefWidth(118);
        box.setMinWidth(110);
        return box;
    }

    private TabPane tabs() {
        Tab schema = new Tab("Schema", schemaPane());
        schema.setId("schemaTab");
        Tab compare = new Tab("Compare", new SchemaDiffView(vm.diff()));
        compare.setId("compareTab");
        Tab register = new Tab("New version", new RegisterView(vm.register()));
        register.setId("registerTab");
        TabPane tabs = new TabPane(schema, compare, register);
        tabs.setId("subjectTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        Runnable select = () -> tabs.getSelectionModel().select(switch (vm.sectionProperty().get()) {
            case SCHEMA -> schema;
            case COMPARE -> compare;
            case NEW_VERSION -> register;
        });
        vm.sectionProperty().addListener((obs, old, now) -> select.run());
        select.run();
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> vm.sectionProperty().set(
                tab == compare ? SubjectViewModel.Section.COMPARE : tab == register
                        ? SubjectViewModel.Section.NEW_VERSION : SubjectViewModel.Section.SCHEMA));
        return tabs;
    }

    private Node schemaPane() {
        Label details = new Label();
        details.setId("schemaDetails");
        details.textProperty().bind(vm.detailsProperty());
        details.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = Bind.command(new Button("Export…", new FontIcon(Material2MZ.SAVE_ALT)),
                vm.deletes().exportCommand());
        export.setId("exportVersion");
        export.getStyleClass().add(Styles.BUTTON_OUTLINED);
        SchemasView.fixed(export);
        Button delete = Bind.command(new Button("Delete version", new FontIcon(Material2AL.DELETE_OUTLINE)),
                vm.deletes().deleteVersionCommand());
        delete.setId("deleteVersion");
        delete.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        SchemasView.fixed(delete);
        Button purge = Bind.command(new Button("Delete permanently…", new FontIcon(Material2AL.DELETE_FOREVER)),
                vm.deletes().purgeVersionCommand());
        purge.setId("purgeVersion");
        purge.getStyleClass().add(Styles.DANGER);
        SchemasView.fixed(purge);
        Bind.shownWhen(delete, delete.disableProperty().not().or(purge.disableProperty()));
        Bind.shownWhen(purge, purge.disableProperty().not());
        HBox bar = new HBox(8, details, SchemasView.spacer(), export, delete, purge);
        bar.setAlignment(Pos.CENTER_LEFT);
        CodeArea area = CodeAreas.create("schemaText", false);
        vm.schemaTextProperty().addListener((obs, old, text) -> CodeAreas.show(area, type(), text));
        CodeAreas.show(area, type(), vm.schemaTextProperty().get());
        Node scrolled = CodeAreas.scrolled(area);
        VBox.setVgrow(scrolled, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, scrolled);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private String type() {
        return vm.schemaProperty().get() == null ? "AVRO" : vm.schemaProperty().get().schemaType();
    }

    /** "v3 latest" with deleted versions struck through and muted. */
    private static final class VersionCell extends ListCell<VersionItem> {
        @Override
        protected void updateItem(VersionItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("deleted-version");
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText("v" + item.version());
            if (item.latest()) {
                Label badge = new Label("latest");
                badge.getStyleClass().add("latest-badge");
                setGraphic(badge);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
            if (item.deleted()) {
                getStyleClass().add("deleted-version");
                setGraphic(new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        }
    }
}
