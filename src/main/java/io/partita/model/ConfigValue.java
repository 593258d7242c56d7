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
        TOPIC_OVERRIDE("topic override"),
        DYNAMIC_BROKER("dynamic broker"),
        DYNAMIC_DEFAULT_BROKER("dynamic cluster default"),
        STATIC_BROKER("static broker (server.properties)"),
        DEFAULT("default"),
        OTHER("other");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** How people read it: "topic override", "dynamic cluster default" … */
        public String label() {
            return label;
        }
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
