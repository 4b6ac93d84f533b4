package dev.cis.ui.main;

/** How the app is connected to something remote: the node, or the Matrix homeserver. */
public enum ConnectionState {
    /** Not used in this mode (e.g. Matrix in local mode). */
    OFF,
    CONNECTING,
    CONNECTED,
    DISCONNECTED
}
