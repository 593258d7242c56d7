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
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The register editor: parses as you type (the error marked in the text), pre-checks, registers. */
final class RegisterView extends VBox {

    /** More reasons than this hide the editor; the rest are counted. */
    private static final int MAX_REASONS = 6;

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
        getChildren().addAll(toolbar(), references, scrolled, parseStatus(), actions(), reasons(), error);
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
        Button latest = Bind.command(new Button("From latest", new FontIcon(Material2AL.HISTORY)),
                vm.loadLatestCommand());
        latest.setId("startFromLatest");
        latest.getStyleClass().add(Styles.FLAT);
        HBox bar = new HBox(8, type, SchemasView.fixed(importFile), SchemasView.fixed(latest));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The verdict of the last check on the left, check and register on the right: the order they are used in. */
    private HBox actions() {
        Button check = Bind.command(new Button("Check compatibility", new FontIcon(Material2MZ.RULE)),
                vm.checkCommand());
        check.setId("checkCompatibility");
        check.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Button register = Bind.command(new Button("Register", new FontIcon(Material2MZ.PUBLISH)),
                vm.registerCommand());
        register.setId("registerSchema");
        register.getStyleClass().add(Styles.ACCENT);
        Label verdict = verdict();
        verdict.setMinWidth(0);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        verdict.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, verdict, SchemasView.spacer(), Bind.busy(vm.checkCommand().runningProperty()
                .or(vm.registerCommand().runningProperty()), "registerBusy"), SchemasView.fixed(check),
                SchemasView.fixed(register));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label parseStatus() {
        Label status = new Label();
        status.setId("parseStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.parseStatusProperty());
        FontIcon icon = new FontIcon();
        status.setGraphic(icon);
        // Clicking the problem puts the caret on it: long lines hide it otherwise.
        status.setOnMouseClicked(e -> {
            SchemaProblem problem = vm.problemProperty().get();
            if (problem != null && problem.located()) {
                editor.moveTo(Math.min(problem.offset(), editor.getLength()));
                editor.requestFollowCaret();
                editor.requestFocus();
            }
        });
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

    /** One wrapping line per reason, the local ones already labelled by the view model. */
    private Node reasons() {
        VBox lines = new VBox(4);
        lines.setId("compatibilityReasons");
        lines.getStyleClass().add("reasons");
        Runnable fill = () -> lines.getChildren().setAll(vm.reasons().stream().limit(MAX_REASONS).map(reason -> {
            Label line = new Label("• " + reason);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            return line;
        }).toList());
        Runnable fillAll = () -> {
            fill.run();
            if (vm.reasons().size() > MAX_REASONS) {
                lines.getChildren().add(new Label("… and " + (vm.reasons().size() - MAX_REASONS) + " more"));
            }
        };
        vm.reasons().addListener((javafx.collections.ListChangeListener<String>) c -> fillAll.run());
        fillAll.run();
        lines.setMinHeight(Region.USE_PREF_SIZE);
        return Bind.shownWhen(lines, Bindings.isNotEmpty(vm.reasons()));
    }
}
