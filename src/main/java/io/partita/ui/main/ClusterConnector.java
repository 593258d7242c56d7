package io.partita.ui.main;

import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryStatus;

/**
 * Opens and closes the session of a connected profile. Every method blocks (bounded) and runs on a worker thread.
 */
public interface ClusterConnector {

    /**
     * An open connection: the session and what the cluster said when it was opened.
     *
     * @param session null only in tests that fake the cluster
     */
    record Connection(ClusterSession session, ClusterInfo info, RegistryStatus registry) {
    }

    /** Checks that the cluster answers, then opens the session; throws with the precise reason otherwise. */
    Connection connect(ClusterProfile profile, Credentials credentials) throws Exception;

    /** Reads the cluster again for the overview. */
    ClusterInfo describe(Connection connection);

    /** Closes the session; safe to call twice. */
    void close(Connection connection);
}
