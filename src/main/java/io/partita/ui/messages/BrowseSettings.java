package io.partita.ui.messages;

import io.partita.model.FormatChoice;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The browse form: topic, partitions, where to start and stop, a limit and the key/value formats. Formats are
 * remembered per topic (the per-topic override). {@link #request()} turns the form into a {@link ReadRequest} or
 * says, in words, what is wrong with it.
 */
public final class BrowseSettings {

    /** Where to start, as offered in the form. */
    public enum Start {
        LAST_N("Last N per partition"), BEGINNING("From beginning"), OFFSET("From offset"),
        TIME("From time"), GROUP("From group position");

        private final String label;

        Start(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Where to stop, as offered in the form. */
    public enum Stop {
        AT_END("Until current end"), LIVE("Live tail"), TIME("Until time");

        private final String label;

        Stop(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ZoneId zone;
    private final StringProperty topic = new SimpleStringProperty(this, "topic");
    private final StringProperty partitions = new SimpleStringProperty(this, "partitions", "");
    private final ObjectProperty<Start> start = new SimpleObjectProperty<>(this, "start", Start.LAST_N);
    private final StringProperty startValue = new SimpleStringProperty(this, "startValue", "100");
    private final ObjectProperty<Stop> stop = new SimpleObjectProperty<>(this, "stop", Stop.AT_END);
    private final StringProperty stopValue = new SimpleStringProperty(this, "stopValue", "");
    private final StringProperty maxMessages = new SimpleStringProperty(this, "maxMessages", "");
    private final StringProperty keyFormat = new SimpleStringProperty(this, "keyFormat", "auto");
    private final StringProperty valueFormat = new SimpleStringProperty(this, "valueFormat", "auto");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final Map<String, String[]> formatsByTopic = new HashMap<>();

    public BrowseSettings(ZoneId zone) {
        this.zone = zone;
        topic.addListener((obs, old, now) -> {
            if (old != null) {
                formatsByTopic.put(old, new String[] {keyFormat.get(), valueFormat.get()});
            }
            String[] saved = now == null ? null : formatsByTopic.get(now);
            keyFormat.set(saved == null ? "auto" : saved[0]);
            valueFormat.set(saved == null ? "auto" : saved[1]);
        });
    }

    /** @throws IllegalArgumentException saying which field is wrong and how */
    public ReadRequest request() {
        String name = topic.get();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Choose a topic first.");
        }
        return new ReadRequest(name.strip(), partitionList(partitions.get()), startPosition(), stopCondition(),
                optionalCount(maxMessages.get(), "Max messages"), format(keyFormat.get(), "Key format"),
                format(valueFormat.get(), "Value format"));
    }

    /**
     * The filter expression compiled; {@link io.partita.filter.RecordFilter#ALL} when the field is empty.
     *
     * @throws io.partita.filter.FilterSyntaxException with the position of the problem
     */
    public io.partita.filter.RecordFilter filter() {
        return io.partita.filter.RecordFilter.compile(filter.get());
    }

    private StartPosition startPosition() {
        String value = startValue.get() == null ? "" : startValue.get().strip();
        return switch (start.get()) {
            case BEGINNING -> StartPosition.BEGINNING;
            case LAST_N -> new StartPosition.EndMinus(count(value, "Last N"));
            case OFFSET -> new StartPosition.AtOffset(count(value, "Offset"));
            case TIME -> new StartPosition.AtTime(time(value));
            case GROUP -> {
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("Enter the consumer group whose position to start from.");
                }
                yield new StartPosition.GroupCommitted(value);
            }
        };
    }

    private StopCondition stopCondition() {
        return switch (stop.get()) {
            case AT_END -> StopCondition.AT_END;
            case LIVE -> StopCondition.NEVER;
            case TIME -> new StopCondition.AtTime(time(stopValue.get() == null ? "" : stopValue.get().strip()));
        };
    }

    /** An ISO instant ({@code 2026-01-01T10:00:00Z}) or a local date-time ({@code 2026-01-01T10:00} or with a space). */
    Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a time: write 2026-01-31 14:00 (local) "
                        + "or 2026-01-31T13:00:00Z (UTC).");
            }
        }
    }

    private static long count(String text, String field) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(field + ": enter a whole number of 0 or more, not '" + text + "'.");
    }

    private static long optionalCount(String text, String field) {
        return text == null || text.isBlank() ? 0 : count(text.strip(), field);
    }

    private static FormatChoice format(String text, String field) {
        try {
            return FormatChoice.parse(text == null || text.isBlank() ? "auto" : text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** "" = all; "0, 2, 4-6" = those. */
    static List<Integer> partitionList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TreeSet<Integer> result = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-', 1);
                if (dash > 0) {
                    int from = Integer.parseInt(p.substring(0, dash).strip());
                    int to = Integer.parseInt(p.substring(dash + 1).strip());
                    for (int i = from; i <= to && i - from < 100_000; i++) {
                        result.add(i);
                    }
                } else if (!p.isEmpty()) {
                    result.add(Integer.parseInt(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Partitions: write them like 0, 2, 4-6 (or leave empty for all), "
                        + "not '" + text + "'.");
            }
        }
        if (!result.isEmpty() && result.first() < 0) {
            throw new IllegalArgumentException("Partitions: numbers start at 0.");
        }
        return new ArrayList<>(result);
    }

    public StringProperty topicProperty() { return topic; }
    public StringProperty partitionsProperty() { return partitions; }
    public ObjectProperty<Start> startProperty() { return start; }
    public StringProperty startValueProperty() { return startValue; }
    public ObjectProperty<Stop> stopProperty() { return stop; }
    public StringProperty stopValueProperty() { return stopValue; }
    public StringProperty maxMessagesProperty() { return maxMessages; }
    public StringProperty keyFormatProperty() { return keyFormat; }
    public StringProperty valueFormatProperty() { return valueFormat; }
    public StringProperty filterProperty() { return filter; }
}
