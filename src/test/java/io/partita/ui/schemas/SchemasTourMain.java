package io.partita.ui.schemas;

/** Launches {@link SchemasTour} from the classpath (a main class that extends Application needs JavaFX modules). */
public final class SchemasTourMain {

    private SchemasTourMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(SchemasTour.class, args);
    }
}
