package io.partita.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopback ports for the sandbox's listeners. The OS picks them; all sockets stay open until every port is picked
 * so one call never returns the same port twice. Another process may still take one before the child binds it:
 * the child then fails to start and says so in its log.
 */
final class FreePorts {

    static final String HOST = "127.0.0.1";
    private static final int CONNECT_TIMEOUT_MS = 500;

    private FreePorts() {
    }

    static List<Integer> pick(int count) throws SandboxException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new SandboxException("cannot find free ports on " + HOST + ": " + e.getMessage(), e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    /** True when nothing listens on the port (so a saved port can be reused). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts connections on the port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing listens on it anyway; the port is released when the process ends
        }
    }
}
