package io.partita.ui.profiles;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the editor's "Advanced" table: a Kafka client property the profile passes through. */
public final class ClientPropertyRow {

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public ClientPropertyRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() { return key; }
    public StringProperty valueProperty() { return value; }
}
