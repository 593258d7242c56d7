package io.partita.ui.configs;

import io.partita.model.ConfigValue;
import java.time.Duration;
import java.util.List;

/**
 * Whose configs an editor shows: a topic or a broker. Calls are blocking and bounded by the timeout; the view
 * model runs them through the task runner.
 */
public interface ConfigTarget {

    /** "topic orders", "broker 2": used in titles and messages. */
    String label();

    List<ConfigValue> load(Duration timeout);

    /** Whether this value can be changed at all (static broker configs cannot, without a restart). */
    boolean editable(ConfigValue value);

    /** Whether there is an override to remove. */
    boolean resettable(ConfigValue value);

    /** Sets the value; {@code clusterWide} only for targets that {@link #offersClusterWide()}. */
    void set(String key, String value, boolean clusterWide, Duration timeout);

    /** Removes the override named by the value, at the level where it was set. */
    void reset(ConfigValue value, Duration timeout);

    /** Whether an edit may also apply to every broker (the cluster-wide dynamic default). */
    default boolean offersClusterWide() {
        return false;
    }
}
