package io.partita.transfer;

import io.partita.model.DecodedMessage;
import io.partita.schema.ValueJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes records to a JSON Lines or CSV file. The file appears only on {@link #commit()}: until then records go
 * to a temporary file beside it, so a failed or cancelled export never leaves half a file under the chosen name.
 * Not thread-safe: one writer thread.
 */
public final class RecordExporter implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final ExportFormat format;
    private final BufferedWriter out;
    private CsvRows csv;
    private long written;
    private boolean committed;

    private RecordExporter(Path target, ExportFormat format) throws IOException {
        this.target = target.toAbsolutePath();
        this.format = format;
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".part");
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /** @throws UncheckedIOException naming the file when it cannot be created */
    public static RecordExporter open(Path target, ExportFormat format) {
        try {
            return new RecordExporter(target, format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public void write(List<DecodedMessage> records) {
        if (records.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(records.size() * 320);
        if (format == ExportFormat.CSV) {
            if (csv == null) {
                csv = CsvRows.forRecords(records);
                CsvRows.append(text, csv.header());
            }
            for (DecodedMessage m : records) {
                CsvRows.append(text, csv.row(m));
            }
        } else {
            for (DecodedMessage m : records) {
                text.append(ValueJson.compact(RecordJson.of(m))).append('\n');
            }
        }
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        written += records.size();
    }

    public long written() {
        return written;
    }

    public Path target() {
        return target;
    }

    /** Finishes the file and moves it under its name (replacing an older one). */
    public void commit() {
        try {
            if (format == ExportFormat.CSV && csv == null) {
                StringBuilder header = new StringBuilder();
                CsvRows.append(header, CsvRows.forRecords(List.of()).header());
                out.append(header);
            }
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #commit()} first, throws the partial file away. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // The partial file is deleted next; nothing of it is kept.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A leftover ".part" file beside the target is all that can remain.
        }
    }
}
