package io.partita.ui.profiles;

import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.Credentials;
import java.time.Duration;

/** "Test connection" as the editor sees it; the app passes {@code ConnectionTester::test}. Blocking, bounded. */
@FunctionalInterface
public interface ConnectionProbe {

    ConnectionReport test(ClusterProfile profile, Credentials credentials, Duration bound);
}
