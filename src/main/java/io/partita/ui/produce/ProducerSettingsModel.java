package io.partita.ui.produce;

import io.partita.model.ProducerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The producer settings as the user edits them (numbers as text, "max" for unlimited retries), checked on every
 * change: {@link #problemsProperty()} says what Kafka would refuse. Leaving acks=all turns idempotence off,
 * because Kafka refuses idempotence without it.
 */
public final class ProducerSettingsModel {

    static final String MAX = "max";

    private final StringProperty acks = new SimpleStringProperty(this, "acks", "all");
    private final BooleanProperty idempotence = new SimpleBooleanProperty(this, "idempotence", true);
    private final StringProperty compression = new SimpleStringProperty(this, "compression", "none");
    private final StringProperty lingerMs = new SimpleStringProperty(this, "lingerMs", "");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "");
    private final StringProperty deliveryTimeoutMs = new SimpleStringProperty(this, "deliveryTimeoutMs", "");
    private final StringProperty requestTimeoutMs = new SimpleStringProperty(this, "requestTimeoutMs", "");
    private final StringProperty retries = new SimpleStringProperty(this, "retries", "");
    private final StringProperty maxInFlight = new SimpleStringProperty(this, "maxInFlight", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");

    ProducerSettingsModel(ProducerSettings initial) {
        load(initial);
        acks.addListener((obs, o, n) -> {
            if (!"all".equals(n)) {
                idempotence.set(false);
            }
        });
        for (Observable p : List.of(acks, idempotence, compression, lingerMs, batchSize, deliveryTimeoutMs,
                requestTimeoutMs, retries, maxInFlight)) {
            p.addListener(o -> check());
        }
        check();
    }

    void load(ProducerSettings s) {
        acks.set(s.acks());
        idempotence.set(s.idempotence());
        compression.set(s.compression());
        lingerMs.set(String.valueOf(s.lingerMs()));
        batchSize.set(String.valueOf(s.batchSize()));
        deliveryTimeoutMs.set(String.valueOf(s.deliveryTimeoutMs()));
        requestTimeoutMs.set(String.valueOf(s.requestTimeoutMs()));
        retries.set(s.retries() == Integer.MAX_VALUE ? MAX : String.valueOf(s.retries()));
        maxInFlight.set(String.valueOf(s.maxInFlight()));
    }

    /** @throws IllegalArgumentException listing every problem */
    ProducerSettings settings() {
        List<String> errors = new ArrayList<>();
        ProducerSettings s = new ProducerSettings(acks.get(), idempotence.get(), compression.get(),
                number(lingerMs, "linger.ms", errors), number(batchSize, "batch.size", errors),
                number(deliveryTimeoutMs, "delivery.timeout.ms", errors),
                number(requestTimeoutMs, "request.timeout.ms", errors), number(retries, "retries", errors),
                number(maxInFlight, "max.in.flight", errors));
        if (errors.isEmpty()) {
            errors.addAll(s.problems());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return s;
    }

    private void check() {
        try {
            settings();
            problems.set("");
        } catch (IllegalArgumentException e) {
            problems.set(e.getMessage());
        }
    }

    private static int number(StringProperty p, String name, List<String> errors) {
        String text = p.get() == null ? "" : p.get().strip().replace("_", "");
        if (MAX.equals(text.toLowerCase(Locale.ROOT))) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(name + " must be a whole number, not '" + text + "'");
            return 0;
        }
    }

    // Properties

    public StringProperty acksProperty() { return acks; }
    public BooleanProperty idempotenceProperty() { return idempotence; }
    public StringProperty compressionProperty() { return compression; }
    public StringProperty lingerMsProperty() { return lingerMs; }
    public StringProperty batchSizeProperty() { return batchSize; }
    public StringProperty deliveryTimeoutMsProperty() { return deliveryTimeoutMs; }
    public StringProperty requestTimeoutMsProperty() { return requestTimeoutMs; }
    public StringProperty retriesProperty() { return retries; }
    public StringProperty maxInFlightProperty() { return maxInFlight; }
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
}
