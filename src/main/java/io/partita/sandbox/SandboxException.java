package io.partita.sandbox;

/** The sandbox could not start or stop; the message says which part and why (with the log file to read). */
public class SandboxException extends Exception {

    private static final long serialVersionUID = 1L;

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
