package io.partita.ui;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ConnectionTester;
import io.partita.profile.MemorySecretStore;
import io.partita.profile.ProfileStore;
import io.partita.ui.profiles.ProfileServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Real services for view-model tests: a direct runner, a profile store in a temp dir, the real tester. */
public final class TestSupport {

    private TestSupport() {
    }

    public static ProfileServices services(Path dir) {
        return new ProfileServices(new DirectTaskRunner(), new ProfileStore(dir), new MemorySecretStore(),
                ConnectionTester::test);
    }

    /** A loopback port nobody listens on (bound once, then released). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
