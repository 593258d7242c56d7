package io.partita.ui.produce;

import io.partita.model.HeaderDraft;
import io.partita.model.ProduceFormat;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable header of the record being composed. */
public final class HeaderRow {

    /** The formats a header value may have (no Avro: headers carry no schema id). */
    public static final List<ProduceFormat> FORMATS = List.of(ProduceFormat.STRING, ProduceFormat.JSON,
            ProduceFormat.HEX, ProduceFormat.BASE64, ProduceFormat.NULL);

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<ProduceFormat> format = new SimpleObjectProperty<>(this, "format", ProduceFormat.STRING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public HeaderRow() {
        key.addListener((obs, o, n) -> error.set(""));
        value.addListener((obs, o, n) -> error.set(""));
        format.addListener((obs, o, n) -> error.set(""));
    }

    static HeaderRow of(HeaderDraft draft) {
        HeaderRow row = new HeaderRow();
        row.key.set(draft.key());
        row.value.set(draft.value());
        row.format.set(draft.format());
        return row;
    }

    HeaderDraft draft() {
        return new HeaderDraft(key.get(), value.get(), format.get());
    }

    void showError(String message) {
        error.set(message);
    }

    public StringProperty keyProperty() { return key; }
    public StringProperty valueProperty() { return value; }
    public ObjectProperty<ProduceFormat> formatProperty() { return format; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
