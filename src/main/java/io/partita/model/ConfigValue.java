package io.partita.model;

/**
 * One config of a topic or broker as the cluster reports it.
 *
 * @param value null for sensitive values (never shown) and for unset configs
 */
public record ConfigValue(String name, String value, Source source, boolean sensitive, boolean readOnly,
                          String documentation) {

    /** Where a value comes from, most specific first. */
    public enum Source {
        TOPIC_OVERRIDE, DYNAMIC_BROKER, DYNAMIC_DEFAULT_BROKER, STATIC_BROKER, DEFAULT, OTHER
    }

    public boolean isOverride() {
        return source == Source.TOPIC_OVERRIDE || source == Source.DYNAMIC_BROKER
                || source == Source.DYNAMIC_DEFAULT_BROKER;
    }

    /** What to show: sensitive values are masked. */
    public String displayValue() {
        return sensitive ? "******" : value == null ? "" : value;
    }
}
