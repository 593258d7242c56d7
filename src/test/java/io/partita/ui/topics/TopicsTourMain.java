package io.partita.ui.topics;

/** Launches {@link TopicsTour} from a class that is not an Application (classpath JavaFX). */
public final class TopicsTourMain {

    private TopicsTourMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(TopicsTour.class, args);
    }
}
