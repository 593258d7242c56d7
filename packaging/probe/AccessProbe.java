import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Packaging check, not part of the app: on the packaged runtime with the launcher's JVM options, builds and shows
 * the ControlsFX and RichTextFX controls Partita uses (the libraries that reach into JavaFX internals), drives them
 * a little, and exits 0. A missing --add-exports/--add-opens shows as an IllegalAccessError or
 * InaccessibleObjectException on stderr. Run by packaging/smoke.sh.
 */
public final class AccessProbe {

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                TextField auto = new TextField();
                TextFields.bindAutoCompletion(auto, List.of("demo.orders", "demo.events", "demo.text"));
                TextField clearable = TextFields.createClearableTextField();
                SearchableComboBox<String> combo = new SearchableComboBox<>();
                combo.getItems().setAll("a", "b", "c");
                CodeArea code = new CodeArea("{\n  \"id\": 1\n}");
                code.setParagraphGraphicFactory(LineNumberFactory.get(code));
                VBox root = new VBox(auto, clearable, combo, new VirtualizedScrollPane<>(code));
                stage.setScene(new Scene(root, 400, 300));
                stage.show();
                auto.setText("demo");
                auto.requestFocus();
                code.replaceText(0, 0, "// probe\n");
                code.selectRange(0, 5);
                combo.show();
                Platform.runLater(() -> {
                    combo.hide();
                    System.out.println("access probe: OK");
                    Platform.exit();
                });
            } catch (Throwable t) {
                t.printStackTrace();
                System.exit(1);
            }
        });
    }
}
