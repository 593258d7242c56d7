package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import io.partita.model.ProduceFormat;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A key or value editor: format, (Avro) subject and version, the text, and the error under it. */
final class PayloadEditorView extends VBox {

    PayloadEditorView(PayloadEditorModel model, ObservableList<String> subjects, String idPrefix, int rows,
                      String nullLabel, String prompt) {
        super(6);
        getStyleClass().add("payload-editor");
        Label title = new Label(model.name());
        title.getStyleClass().add("section-title");
        ComboBox<ProduceFormat> format = new ComboBox<>(FXCollections.observableArrayList(ProduceFormat.values()));
        format.setId(idPrefix + "Format");
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setConverter(labels(nullLabel));
        format.setPrefWidth(150);
        ComboBox<String> subject = new ComboBox<>(subjects);
        subject.setId(idPrefix + "Subject");
        subject.setEditable(true);
        subject.setPromptText("subject");
        subject.setPrefWidth(240);
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        ComboBox<String> version = new ComboBox<>(model.versions());
        version.setId(idPrefix + "Version");
        version.valueProperty().bindBidirectional(model.versionProperty());
        version.setPrefWidth(100);
        Label subjectLabel = new Label("Schema subject");
        Label versionLabel = new Label("version");
        for (Label l : new Label[] {subjectLabel, versionLabel}) {
            l.getStyleClass().add(Styles.TEXT_MUTED);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(subject, Priority.ALWAYS);
        subject.setMaxWidth(Double.MAX_VALUE);
        HBox avro = Bind.shownWhen(new HBox(8, subjectLabel, subject, versionLabel, version), model.avroProperty());
        avro.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, title, spacer, format);
        header.setAlignment(Pos.CENTER_LEFT);
        TextArea text = new TextArea();
        text.setId(idPrefix + "Text");
        text.setPrefRowCount(rows);
        text.setWrapText(true);
        text.getStyleClass().add("payload-text");
        text.textProperty().bindBidirectional(model.textProperty());
        text.promptTextProperty().bind(Bindings.createStringBinding(() -> promptFor(model.formatProperty().get(),
                prompt), model.formatProperty()));
        Label error = Bind.fieldError(model.errorProperty());
        error.setId(idPrefix + "Error");
        getChildren().addAll(header, avro, text, error);
    }

    private static String promptFor(ProduceFormat format, String prompt) {
        return switch (format) {
            case NULL -> "nothing is sent (type to send text)";
            case JSON -> "{\"id\": \"${uuid}\", \"n\": ${i}}";
            case AVRO -> "the record as JSON: ISO times, decimals as numbers or strings, plain union values";
            case HEX -> "01 ab ff";
            case BASE64 -> "q83v";
            case STRING -> prompt;
        };
    }

    private static StringConverter<ProduceFormat> labels(String nullLabel) {
        return new StringConverter<>() {
            @Override
            public String toString(ProduceFormat f) {
                return f == null ? "" : f == ProduceFormat.NULL ? nullLabel : f.label();
            }

            @Override
            public ProduceFormat fromString(String s) {
                return null;
            }
        };
    }
}
