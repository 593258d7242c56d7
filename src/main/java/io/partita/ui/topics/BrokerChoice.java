package io.partita.ui.topics;

import io.partita.model.BrokerNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A live broker the even plan may use; chosen by default. */
public final class BrokerChoice {

    private final BrokerNode broker;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

    BrokerChoice(BrokerNode broker) {
        this.broker = broker;
    }

    public BrokerNode broker() { return broker; }
    public BooleanProperty chosenProperty() { return chosen; }

    public String label() {
        return broker.id() + "  " + broker.address() + (broker.rack() == null ? "" : "  rack " + broker.rack());
    }
}
