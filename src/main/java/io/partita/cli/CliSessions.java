package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.ConnectionTester;

/** Opens the session a cluster command works with, failing fast (with the reason) when no broker is reachable. */
final class CliSessions {

    private CliSessions() {
    }

    static ClusterSession open(ConnectionOptions connection, CliContext context) {
        ConnectionOptions.Target target = connection.resolve(context);
        ConnectionTester.requireReachable(target.profile(), connection.timeout());
        return ClusterSession.open(target.profile(), target.credentials());
    }
}
