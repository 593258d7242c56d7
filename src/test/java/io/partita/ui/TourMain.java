package io.partita.ui;

/** Launches {@link ScreenshotTour} from a class that is not an Application (classpath JavaFX). */
public final class TourMain {

    private TourMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ScreenshotTour.class, args);
    }
}
