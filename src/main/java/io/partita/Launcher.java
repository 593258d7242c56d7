package io.partita;

import io.partita.cli.Cli;
import io.partita.profile.ConfigDirs;

/**
 * Entry point of the jar and of the packaged launcher: no arguments start the GUI, any argument runs the CLI.
 * A plain class (not an Application) so the CLI path never loads JavaFX and needs no display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("partita.log.dir") == null) {
            System.setProperty("partita.log.dir", ConfigDirs.forThisUser().resolve("logs").toString());
        }
        if (args.length == 0) {
            javafx.application.Application.launch(PartitaApp.class);
            // Child processes and pools are closed by the app; exit in case a library left a non-daemon thread.
            System.exit(0);
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
