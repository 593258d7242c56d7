package io.partita.ui;

/** Runs the real app from the test classpath for manual checks (the integrator writes the real Launcher). */
public final class DevMain {

    private DevMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(io.partita.PartitaApp.class, args);
    }
}
