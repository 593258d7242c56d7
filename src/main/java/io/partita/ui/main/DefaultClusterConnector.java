package io.partita.ui.main;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.ConnectionTester;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.Credentials;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects through {@link ConnectionTester} first: it says "connection refused" or "unknown host" at once where
 * the admin client would only time out. Keeps track of open sessions so the app can close them all on exit.
 */
public final class DefaultClusterConnector implements ClusterConnector {

    private final Duration bound;
    private final Set<ClusterSession> open = ConcurrentHashMap.newKeySet();

    /** @param bound how long connecting and each refresh may take */
    public DefaultClusterConnector(Duration bound) {
        this.bound = bound;
    }

    @Override
    public Connection connect(ClusterProfile profile, Credentials credentials) throws Exception {
        ConnectionReport report = ConnectionTester.test(profile, credentials, bound);
        if (!report.kafkaOk()) {
            throw new java.io.IOException(report.kafkaError());
        }
        ClusterSession session = ClusterSession.open(profile, credentials);
        open.add(session);
        return new Connection(session, report.cluster(), report.registry());
    }

    @Override
    public ClusterInfo describe(Connection connection) {
        return connection.session().cluster().describe(bound);
    }

    @Override
    public void close(Connection connection) {
        ClusterSession session = connection.session();
        if (session != null && open.remove(session)) {
            session.close();
        }
    }

    /** Closes every session still open (each close is bounded by the session). */
    public void closeAll() {
        for (ClusterSession session : Set.copyOf(open)) {
            open.remove(session);
            session.close();
        }
    }

    public int openCount() {
        return open.size();
    }
}
