package io.partita.ui.profiles;

import static io.partita.ui.profiles.FormLayout.filePicker;
import static io.partita.ui.profiles.FormLayout.grid;
import static io.partita.ui.profiles.FormLayout.hint;
import static io.partita.ui.profiles.FormLayout.password;
import static io.partita.ui.profiles.FormLayout.row;
import static io.partita.ui.profiles.FormLayout.section;
import static io.partita.ui.profiles.FormLayout.shownRow;
import static io.partita.ui.profiles.FormLayout.text;

import atlantafx.base.theme.Styles;
import io.partita.model.RegistryAuth;
import io.partita.ui.common.Bind;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The profile editor: a form bound to {@link ProfileEditorViewModel}, with the test result under it. */
public final class ProfileEditorView extends BorderPane {

    private final ProfileEditorViewModel vm;
    private final ProfileForm form;

    public ProfileEditorView(ProfileEditorViewModel vm, Runnable close) {
        this.vm = vm;
        this.form = vm.form();
        getStyleClass().add("profile-editor");
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.TITLE_3);
        VBox sections = new VBox(18, section("Cluster", clusterGrid()), section("Security",
                SecurityPane.build(vm, this::secretsNote)),
                section("Schema registry", registryGrid()), section("Advanced",
                ClientPropertiesTable.build(vm)));
        sections.setPadding(new Insets(4, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox top = new VBox(title);
        top.setPadding(new Insets(16, 20, 8, 20));
        setTop(top);
        setCenter(scroll);
        Label transfer = Bind.message(vm.transferMessageProperty(), Styles.TEXT_SMALL);
        transfer.setId("transferMessage");
        transfer.setWrapText(true);
        transfer.setPadding(new Insets(0, 20, 0, 20));
        setBottom(new VBox(transfer, testResult(), buttons(close)));
    }

    private Node clusterGrid() {
        GridPane grid = grid();
        TextField name = text("nameField", form.nameProperty(), "e.g. Production EU");
        TextField bootstrap = text("bootstrapField", form.bootstrapServersProperty(), "host:port, host:port");
        ComboBox<String> colour = new ComboBox<>(FXCollections.observableArrayList(ProfileEditorViewModel.COLOURS));
        colour.setId("colourBox");
        colour.valueProperty().bindBidirectional(form.colourProperty());
        colour.setCellFactory(list -> new ColourCell());
        colour.setButtonCell(new ColourCell());
        CheckBox readOnly = new CheckBox("Read-only: refuse every change to this cluster");
        readOnly.setId("readOnlyBox");
        readOnly.selectedProperty().bindBidirectional(form.readOnlyProperty());
        row(grid, 0, "Name", name, Bind.fieldError(vm.nameErrorProperty()));
        row(grid, 1, "Bootstrap servers", bootstrap, Bind.fieldError(vm.bootstrapErrorProperty()));
        row(grid, 2, "Colour tag", colour, null);
        row(grid, 3, "", readOnly, null);
        return grid;
    }

    private Node registryGrid() {
        GridPane grid = grid();
        ComboBox<RegistryAuth> auth = new ComboBox<>(FXCollections.observableArrayList(RegistryAuth.values()));
        auth.valueProperty().bindBidirectional(form.registryAuthProperty());
        BooleanBinding basic = form.registryAuthProperty().isEqualTo(RegistryAuth.BASIC);
        BooleanBinding secret = form.registryAuthProperty().isNotEqualTo(RegistryAuth.NONE);
        Label secretLabel = new Label();
        secretLabel.textProperty().bind(Bindings.when(basic).then("Password").otherwise("Bearer token"));
        row(grid, 0, "URL", text("registryUrlField", form.registryUrlProperty(),
                "http://host:8081 (empty: no registry)"), Bind.fieldError(vm.registryErrorProperty()));
        row(grid, 1, "Authentication", auth, null);
        shownRow(grid, 2, "User", text("registryUserField", form.registryUsernameProperty(), "user"), null, basic);
        Node secretField = password("registrySecretField", form.registrySecretProperty());
        VBox secretBox = new VBox(4, secretField, secretsNote());
        grid.add(Bind.shownWhen(secretLabel, secret), 0, 3);
        grid.add(Bind.shownWhen(secretBox, secret), 1, 3);
        registryTls(grid);
        return grid;
    }

    /** Truststore and client keystore of an https:// registry (mutual TLS); hidden for http://. */
    private void registryTls(GridPane grid) {
        BooleanBinding https = Bindings.createBooleanBinding(form::registryTls, form.registryUrlProperty());
        ComboBox<String> trustType = new ComboBox<>(
                FXCollections.observableArrayList(ProfileEditorViewModel.TRUSTSTORE_TYPES));
        trustType.valueProperty().bindBidirectional(form.registryTruststoreTypeProperty());
        shownRow(grid, 4, "Truststore", filePicker("registryTruststoreField", form.registryTruststorePathProperty(),
                "/path/to/ca.p12 or ca.pem"), hint("Empty: the JVM's default trusted CAs"), https);
        shownRow(grid, 5, "Truststore type", trustType, null, https);
        shownRow(grid, 6, "Truststore password", password("registryTruststorePasswordField",
                form.registryTruststorePasswordProperty()), null, https);
        shownRow(grid, 7, "Client keystore", filePicker("registryKeystoreField", form.registryKeystorePathProperty(),
                "/path/to/client.p12"), hint("For mutual TLS (PKCS12 or .jks); empty: no client certificate"), https);
        shownRow(grid, 8, "Keystore password", password("registryKeystorePasswordField",
                form.registryKeystorePasswordProperty()), secretsNote(), https);
    }

    /** Import fills the form from a file; export writes the form (as it is now) to one. */
    private Node transferMenu() {
        MenuItem importProps = new MenuItem("Import Kafka client .properties…");
        importProps.setId("importPropertiesItem");
        importProps.setOnAction(e -> chooseFile(false).ifPresent(f -> vm.importFrom(f, false)));
        MenuItem importKcat = new MenuItem("Import kcat config…");
        importKcat.setOnAction(e -> chooseFile(false).ifPresent(f -> vm.importFrom(f, true)));
        MenuItem export = new MenuItem("Export as client.properties (secrets as placeholders)…");
        export.setOnAction(e -> chooseFile(true).ifPresent(f -> vm.exportTo(f, false)));
        MenuItem exportSecrets = new MenuItem("Export with secrets…");
        exportSecrets.setOnAction(e -> chooseFile(true).ifPresent(f -> vm.exportTo(f, true)));
        MenuButton menu = new MenuButton("Import / export", null, importProps, importKcat, new SeparatorMenuItem(),
                export, exportSecrets);
        menu.setId("transferMenu");
        menu.getStyleClass().add(Styles.BUTTON_OUTLINED);
        return menu;
    }

    private java.util.Optional<java.nio.file.Path> chooseFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Export profile" : "Import profile");
        if (save) {
            String name = form.nameProperty().get().isBlank() ? "client" : form.nameProperty().get().strip();
            chooser.setInitialFileName(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".properties");
        }
        File file = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private Node testResult() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Bind.shownWhen(spinner, vm.testConnectionCommand().runningProperty());
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("test-icon");
        Label kafka = Bind.message(vm.kafkaResultProperty());
        kafka.setId("kafkaResult");
        Label registry = Bind.message(vm.registryResultProperty(), Styles.TEXT_MUTED);
        registry.setId("registryResult");
        VBox lines = new VBox(2, kafka, registry);
        HBox.setHgrow(lines, Priority.ALWAYS);
        HBox box = new HBox(10, spinner, icon, lines);
        box.setId("testResult");
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("test-result");
        vm.testOutcomeProperty().addListener((obs, old, outcome) -> showOutcome(box, icon, outcome));
        showOutcome(box, icon, vm.testOutcomeProperty().get());
        return box;
    }

    private static void showOutcome(HBox box, FontIcon icon, ConnectionTestOutcome outcome) {
        box.getStyleClass().removeAll("success", "partial", "failure");
        box.setVisible(outcome != ConnectionTestOutcome.NONE);
        box.setManaged(box.isVisible());
        icon.setVisible(outcome != ConnectionTestOutcome.RUNNING);
        icon.setManaged(icon.isVisible());
        switch (outcome) {
            case SUCCESS -> { box.getStyleClass().add("success"); icon.setIconCode(Material2AL.CHECK_CIRCLE); }
            case PARTIAL -> { box.getStyleClass().add("partial"); icon.setIconCode(Material2MZ.WARNING); }
            case FAILURE -> { box.getStyleClass().add("failure"); icon.setIconCode(Material2AL.ERROR); }
            default -> { }
        }
    }

    private Node buttons(Runnable close) {
        Button test = Bind.command(new Button("Test connection", new FontIcon(Material2MZ.SETTINGS_ETHERNET)),
                vm.testConnectionCommand());
        test.setId("testConnectionButton");
        test.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button save = Bind.command(new Button("Save"), vm.saveCommand());
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        Label saveError = Bind.message(vm.saveErrorProperty(), Styles.DANGER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, test, transferMenu(), saveError, spacer, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        bar.getStyleClass().add("button-row");
        return bar;
    }

    private Label secretsNote() {
        String note = vm.secretsNote();
        Label label = hint(note == null ? "" : note);
        label.setVisible(note != null);
        label.setManaged(note != null);
        return label;
    }

}
