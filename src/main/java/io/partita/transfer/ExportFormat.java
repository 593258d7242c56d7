package io.partita.transfer;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats records are exported to. */
public enum ExportFormat {
    /** One JSON object per line with decoded and raw (base64) key, value and headers: re-importable. */
    JSON_LINES("jsonl"),
    /** Flattened columns for spreadsheets; not re-importable. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** By file name: {@code .csv} is CSV, anything else JSON Lines. */
    public static ExportFormat forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? CSV : JSON_LINES;
    }
}
