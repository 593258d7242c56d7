package io.partita.ui.groups;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The groups screens' own dialogs (the shared DialogService covers confirm and errors). Called on the UI thread;
 * each returns when its dialog closes. Tests pass a scripted implementation.
 */
public interface GroupDialogs {

    /** Shows the offset reset dialog for {@code reset} (modal); the dialog drives the view model's commands. */
    void showReset(OffsetResetViewModel reset);

    /** Lets the user pick one of {@code topics}; empty when cancelled. */
    Optional<String> chooseTopic(String title, String message, List<String> topics);

    /** Asks where to save; {@code extension} like "csv" or "png". Empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);
}
