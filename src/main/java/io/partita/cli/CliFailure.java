package io.partita.cli;

/** An operational failure already phrased for the user (exit code 1): unknown profile, duplicate name ... */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
