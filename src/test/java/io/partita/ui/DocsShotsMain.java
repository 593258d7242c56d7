package io.partita.ui;

/** Launches {@link DocsShots} from a class that is not an Application (JavaFX on the classpath). */
public final class DocsShotsMain {

    private DocsShotsMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(DocsShots.class, args);
    }
}
