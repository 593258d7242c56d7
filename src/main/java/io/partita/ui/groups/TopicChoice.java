package io.partita.ui.groups;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One topic in the reset dialog: whether it is chosen and which partitions ("" = all). User input, so writable. */
public final class TopicChoice {

    private final String topic;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final StringProperty partitions = new SimpleStringProperty(this, "partitions", "");

    public TopicChoice(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty partitionsProperty() {
        return partitions;
    }

    /** What a list of choices must observe to notice edits inside a choice. */
    Observable[] observables() {
        return new Observable[] {selected, partitions};
    }
}
