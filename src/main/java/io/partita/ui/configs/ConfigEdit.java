package io.partita.ui.configs;

/** What the edit dialog returns: the new value and, for brokers, whether it applies to every broker. */
public record ConfigEdit(String value, boolean clusterWide) {
}
