package io.partita.ui.topics;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One key = value line of the create dialog's configs; both parts are user input. */
public final class ConfigEntryRow {

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public ConfigEntryRow() {
    }

    public ConfigEntryRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() { return key; }
    public StringProperty valueProperty() { return value; }

    public String key() {
        return key.get() == null ? "" : key.get().strip();
    }

    public String value() {
        return value.get() == null ? "" : value.get().strip();
    }
}
