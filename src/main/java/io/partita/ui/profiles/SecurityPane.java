package io.partita.ui.profiles;

import static io.partita.ui.profiles.FormLayout.filePicker;
import static io.partita.ui.profiles.FormLayout.hint;
import static io.partita.ui.profiles.FormLayout.password;
import static io.partita.ui.profiles.FormLayout.row;
import static io.partita.ui.profiles.FormLayout.shownRow;
import static io.partita.ui.profiles.FormLayout.text;

import io.partita.model.SecurityProtocol;
import io.partita.ui.common.Bind;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** The editor's security section: each SASL mechanism and TLS store shows only the fields it needs. */
final class SecurityPane {

    private SecurityPane() {
    }

    static Node build(ProfileEditorViewModel vm, Supplier<Node> secretsNote) {
        SecurityForm f = vm.form().security();
        GridPane grid = FormLayout.grid();
        ComboBox<SecurityProtocol> protocol = new ComboBox<>(FXCollections.observableArrayList(SecurityProtocol.values()));
        protocol.setId("protocolBox");
        protocol.valueProperty().bindBidirectional(f.protocolProperty());
        ComboBox<String> mechanism = combo("mechanismBox", ProfileEditorViewModel.SASL_MECHANISMS);
        mechanism.valueProperty().bindBidirectional(f.mechanismProperty());
        row(grid, 0, "Protocol", protocol, null);
        shownRow(grid, 1, "SASL mechanism", mechanism, Bind.fieldError(vm.saslErrorProperty()), f.saslShown());
        shownRow(grid, 2, "SASL user", text("saslUserField", f.usernameProperty(), "user"), null,
                f.userPasswordShown());
        shownRow(grid, 3, "SASL password", password("saslPasswordField", f.passwordProperty()), secretsNote.get(),
                f.userPasswordShown());
        shownRow(grid, 4, "Token endpoint", text("tokenUrlField", f.tokenUrlProperty(),
                "https://idp.example.com/oauth2/token"), null, f.oauthShown());
        shownRow(grid, 5, "Client id", text("clientIdField", f.clientIdProperty(), "client id"), null, f.oauthShown());
        shownRow(grid, 6, "Client secret", password("clientSecretField", f.clientSecretProperty()), secretsNote.get(),
                f.oauthShown());
        shownRow(grid, 7, "Scope", text("scopeField", f.scopeProperty(), "optional"), null, f.oauthShown());
        shownRow(grid, 8, "Service name", text("serviceNameField", f.serviceNameProperty(), "kafka"), null,
                f.kerberosShown());
        shownRow(grid, 9, "Principal", text("principalField", f.principalProperty(), "app@EXAMPLE.COM"), null,
                f.kerberosShown());
        shownRow(grid, 10, "Keytab", filePicker("keytabField", f.keytabProperty(), "/path/to/app.keytab"),
                hint("Empty: the ticket cache (kinit)"), f.kerberosShown());
        shownRow(grid, 11, "krb5.conf", filePicker("krb5ConfField", f.krb5ConfProperty(), "/etc/krb5.conf"),
                hint("Empty: the system's"), f.kerberosShown());
        TextArea jaas = new TextArea();
        jaas.setId("rawJaasArea");
        jaas.setPrefRowCount(2);
        jaas.setPromptText("Optional: a whole sasl.jaas.config line, used instead of the fields above");
        jaas.textProperty().bindBidirectional(f.rawJaasProperty());
        shownRow(grid, 12, "Raw JAAS", jaas, hint("Kept with the passwords, not in the profile file"),
                f.kerberosShown());
        tls(grid, f, secretsNote);
        return grid;
    }

    private static void tls(GridPane grid, SecurityForm f, Supplier<Node> secretsNote) {
        ComboBox<String> trustType = combo("truststoreTypeBox", ProfileEditorViewModel.TRUSTSTORE_TYPES);
        trustType.valueProperty().bindBidirectional(f.truststoreTypeProperty());
        ComboBox<String> keyType = combo("keystoreTypeBox", ProfileEditorViewModel.TRUSTSTORE_TYPES);
        keyType.valueProperty().bindBidirectional(f.keystoreTypeProperty());
        CheckBox verify = new CheckBox("Check the broker's host name against its certificate");
        verify.setId("verifyHostnameBox");
        verify.selectedProperty().bindBidirectional(f.verifyHostnameProperty());
        shownRow(grid, 13, "Truststore", filePicker("truststorePathField", f.truststorePathProperty(),
                "/path/to/truststore.p12 or ca.pem"), hint("Empty: the JVM's default trusted CAs"), f.tlsShown());
        shownRow(grid, 14, "Truststore type", trustType, null, f.tlsShown());
        shownRow(grid, 15, "Truststore password", password("truststorePasswordField",
                f.truststorePasswordProperty()), secretsNote.get(), f.tlsShown());
        shownRow(grid, 16, "Client keystore", filePicker("keystorePathField", f.keystorePathProperty(),
                "/path/to/client.p12"), hint("For mutual TLS; empty: no client certificate"), f.tlsShown());
        shownRow(grid, 17, "Keystore type", keyType, null, f.tlsShown());
        shownRow(grid, 18, "Keystore password", password("keystorePasswordField", f.keystorePasswordProperty()),
                null, f.tlsShown());
        shownRow(grid, 19, "Key password", password("keyPasswordField", f.keyPasswordProperty()),
                hint("Only when the key has its own password"), f.tlsShown());
        shownRow(grid, 20, "", verify, null, f.tlsShown());
    }

    private static ComboBox<String> combo(String id, java.util.List<String> items) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        return box;
    }
}
