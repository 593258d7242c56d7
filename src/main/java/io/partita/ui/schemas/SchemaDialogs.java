package io.partita.ui.schemas;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs the schemas tab needs beyond confirm/showError: files, a typed confirmation, a subject name.
 * Called on the UI thread; each returns when its dialog closes. Tests pass a scripted implementation.
 */
public interface SchemaDialogs {

    /** A schema file to import (.avsc, .json, .proto), or empty when cancelled. */
    Optional<Path> chooseSchemaFile();

    /** Where to export a schema, or empty when cancelled. */
    Optional<Path> chooseExportFile(String suggestedName);

    /** @return true only when the user typed exactly {@code expected} and confirmed */
    boolean confirmTyped(String title, String message, String expected);

    /** A subject name for a new subject, offering {@code suggestions} (topics without a value subject). */
    Optional<String> askSubjectName(List<String> suggestions);
}
