package io.partita.cli;

import io.partita.model.ClusterProfile;
import java.util.Optional;

/** A running sandbox as {@code sandbox start} sees it; lets tests stand in for real child processes. */
interface LocalCluster extends AutoCloseable {

    String bootstrapServers();

    Optional<String> registryUrl();

    ClusterProfile profile();

    @Override
    void close();
}
