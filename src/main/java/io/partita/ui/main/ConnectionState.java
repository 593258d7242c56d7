package io.partita.ui.main;

/** Where the connection of one profile stands. */
public enum ConnectionState {
    DISCONNECTED, CONNECTING, CONNECTED, FAILED;

    public boolean canConnect() {
        return this == DISCONNECTED || this == FAILED;
    }

    public boolean canDisconnect() {
        return this == CONNECTING || this == CONNECTED;
    }
}
