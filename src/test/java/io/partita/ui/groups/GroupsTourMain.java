package io.partita.ui.groups;

/** Launches {@link GroupsTour} from a class that is not an Application (classpath JavaFX). */
public final class GroupsTourMain {

    private GroupsTourMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(GroupsTour.class, args);
    }
}
