package io.partita.ui.profiles;

import atlantafx.base.theme.Styles;
import io.partita.model.RegistryAuth;
import io.partita.model.SecurityProtocol;
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
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
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
        VBox sections = new VBox(18, section("Cluster", clusterGrid()), section("Security", securityGrid()),
                section("Schema registry", registryGrid()), section("Advanced", advancedGrid()));
        sections.setPadding(new Insets(4, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox top = new VBox(title);
        top.setPadding(new Insets(16, 20, 8, 20));
        setTop(top);
        setCenter(scroll);
        setBottom(new VBox(testResult(), buttons(close)));
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

    private Node securityGrid() {
        GridPane grid = grid();
        ComboBox<SecurityProtocol> protocol = new ComboBox<>(FXCollections.observableArrayList(SecurityProtocol.values()));
        protocol.setId("protocolBox");
        protocol.valueProperty().bindBidirectional(form.protocolProperty());
        BooleanBinding sasl = Bindings.createBooleanBinding(() -> form.protocolProperty().get().usesSasl(),
                form.protocolProperty());
        BooleanBinding tls = Bindings.createBooleanBinding(() -> form.protocolProperty().get().usesTls(),
                form.protocolProperty());
        ComboBox<String> mechanism = new ComboBox<>(
                FXCollections.observableArrayList(ProfileEditorViewModel.SASL_MECHANISMS));
        mechanism.valueProperty().bindBidirectional(form.saslMechanismProperty());
        ComboBox<String> trustType = new ComboBox<>(
                FXCollections.observableArrayList(ProfileEditorViewModel.TRUSTSTORE_TYPES));
        trustType.valueProperty().bindBidirectional(form.truststoreTypeProperty());
        CheckBox verify = new CheckBox("Check the broker's host name against its certificate");
        verify.selectedProperty().bindBidirectional(form.verifyHostnameProperty());
        row(grid, 0, "Protocol", protocol, null);
        shownRow(grid, 1, "SASL mechanism", mechanism, null, sasl);
        shownRow(grid, 2, "SASL user", text("saslUserField", form.saslUsernameProperty(), "user"),
                Bind.fieldError(vm.saslErrorProperty()), sasl);
        shownRow(grid, 3, "SASL password", password("saslPasswordField", form.saslPasswordProperty()),
                secretsNote(), sasl);
        shownRow(grid, 4, "Truststore", truststorePicker(), hint("Empty: the JVM's default trusted CAs"), tls);
        shownRow(grid, 5, "Truststore type", trustType, null, tls);
        shownRow(grid, 6, "Truststore password", password("truststorePasswordField",
                form.truststorePasswordProperty()), secretsNote(), tls);
        shownRow(grid, 7, "", verify, null, tls);
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

    private Node advancedGrid() {
        GridPane grid = grid();
        TextArea properties = new TextArea();
        properties.setId("clientPropertiesArea");
        properties.setPromptText("Extra Kafka client properties, one key=value per line");
        properties.setPrefRowCount(4);
        properties.textProperty().bindBidirectional(form.clientPropertiesProperty());
        row(grid, 0, "Client properties", properties, Bind.fieldError(vm.propertiesErrorProperty()));
        return grid;
    }

    private Node truststorePicker() {
        return filePicker("truststorePathField", form.truststorePathProperty(), "/path/to/truststore.p12");
    }

    private Node filePicker(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField path = text(id, value, prompt);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a file");
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                value.set(file.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(8, path, browse);
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
        HBox bar = new HBox(8, test, saveError, spacer, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        bar.getStyleClass().add("button-row");
        return bar;
    }

    // Layout helpers

    private static Node section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        return new VBox(8, label, content);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, Node field, Node below) {
        VBox box = below == null ? new VBox(field) : new VBox(4, field, below);
        Label caption = new Label(label);
        caption.setMinHeight(32);
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        grid.add(caption, 0, row);
        grid.add(box, 1, row);
    }

    private static void shownRow(GridPane grid, int row, String label, Node field, Node below,
                                 javafx.beans.value.ObservableBooleanValue shown) {
        row(grid, row, label, field, below);
        grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row)
                .forEach(n -> Bind.shownWhen(n, shown));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Label secretsNote() {
        String note = vm.secretsNote();
        Label label = hint(note == null ? "" : note);
        label.setVisible(note != null);
        label.setManaged(note != null);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
