package io.partita.cli;

/** Blocks until the user asks the process to stop (Ctrl+C, SIGTERM); tests release it themselves. */
interface ShutdownSignal {

    void await() throws InterruptedException;
}
