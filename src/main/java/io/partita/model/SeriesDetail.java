package io.partita.model;

/** How finely a group's lag is charted: its total only, or also per topic, or also per partition. */
public enum SeriesDetail {
    TOTAL, TOPICS, PARTITIONS
}
