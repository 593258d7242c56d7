package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import io.partita.model.CompatibilityReport;
import io.partita.model.SchemaProblem;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The register editor: parses as you type (the error marked in the text), pre-checks, registers. */
final class RegisterView extends VBox {

    private final RegisterViewModel vm;
    private final CodeArea editor = CodeAreas.create("schemaEditor", true);

    RegisterView(RegisterViewModel vm) {
        super(8);
        this.vm = vm;
        setId("registerView");
        setPadding(new Insets(10, 0, 0, 0));
        bindEditor();
        Node scrolled = CodeAreas.scrolled(editor);
        VBox.setVgrow(scrolled, Priority.ALWAYS);
        Label references = Bind.message(vm.referencesTextProperty(), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("registerError");
        getChildren().addAll(toolbar(), references, scrolled, parseStatus(), verdict(), reasons(), error);
    }

    private void bindEditor() {
        editor.replaceText(vm.textProperty().get());
        editor.textProperty().addListener((obs, old, text) -> {
            if (!text.equals(vm.textProperty().get())) {
                vm.textProperty().set(text);
            }
        });
        vm.textProperty().addListener((obs, old, text) -> {
            if (!editor.getText().equals(text)) {
                editor.replaceText(text);
            }
        });
        // The view model parses on every change; mark its verdict in the text once it is known.
        vm.problemProperty().addListener((obs, old, problem) -> highlight());
        vm.parseStateProperty().addListener((obs, old, state) -> highlight());
        editor.textProperty().addListener((obs, old, text) -> highlight());
        highlight();
    }

    private void highlight() {
        SchemaProblem problem = vm.problemProperty().get();
        CodeAreas.highlight(editor, vm.schemaTypeProperty().get(), problem == null ? -1 : problem.offset());
    }

    private HBox toolbar() {
        ComboBox<String> type = new ComboBox<>(vm.types());
        type.setId("schemaType");
        type.valueProperty().bindBidirectional(vm.schemaTypeProperty());
        Button importFile = Bind.command(new Button("Import…", new FontIcon(Material2AL.FILE_UPLOAD)),
                vm.importCommand());
        importFile.setId("importSchema");
        importFile.getStyleClass().add(Styles.FLAT);
        Button latest = Bind.command(new Button("Start from latest", new FontIcon(Material2AL.HISTORY)),
                vm.loadLatestCommand());
        latest.setId("startFromLatest");
        latest.getStyleClass().add(Styles.FLAT);
        Button check = Bind.command(new Button("Check compatibility", new FontIcon(Material2MZ.RULE)),
                vm.checkCommand());
        check.setId("checkCompatibility");
        check.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Button register = Bind.command(new Button("Register", new FontIcon(Material2MZ.PUBLISH)),
                vm.registerCommand());
        register.setId("registerSchema");
        register.getStyleClass().add(Styles.ACCENT);
        HBox bar = new HBox(8, type, importFile, latest, SchemasView.spacer(), check, register);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label parseStatus() {
        Label status = new Label();
        status.setId("parseStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.parseStatusProperty());
        FontIcon icon = new FontIcon();
        status.setGraphic(icon);
        Runnable tone = () -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
            switch (vm.parseStateProperty().get()) {
                case VALID -> { status.getStyleClass().add(Styles.SUCCESS); icon.setIconCode(Material2AL.CHECK_CIRCLE); }
                case INVALID -> { status.getStyleClass().add(Styles.DANGER); icon.setIconCode(Material2AL.ERROR); }
                default -> { status.getStyleClass().add(Styles.TEXT_MUTED); icon.setIconCode(Material2AL.INFO); }
            }
        };
        vm.parseStateProperty().addListener((obs, old, state) -> tone.run());
        tone.run();
        return status;
    }

    private Label verdict() {
        Label verdict = Bind.message(vm.verdictProperty(), Styles.TEXT_BOLD);
        verdict.setId("compatibilityVerdict");
        Runnable tone = () -> {
            verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            CompatibilityReport report = vm.reportProperty().get();
            if (report != null) {
                verdict.getStyleClass().add(report.compatible() ? Styles.SUCCESS : Styles.DANGER);
            }
        };
        vm.reportProperty().addListener((obs, old, report) -> tone.run());
        vm.verdictProperty().addListener((obs, old, text) -> tone.run());
        return verdict;
    }

    private ListView<String> reasons() {
        ListView<String> list = new ListView<>(vm.reasons());
        list.setId("compatibilityReasons");
        list.getStyleClass().addAll(Styles.DENSE, "reasons");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty ? null : reason);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Bind.shownWhen(list, Bindings.isNotEmpty(vm.reasons()));
        return list;
    }
}
