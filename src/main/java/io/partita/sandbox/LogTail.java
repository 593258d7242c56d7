package io.partita.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The end of a child's log, for error messages. Reads only the end: kept data dirs have long logs. */
final class LogTail {

    private static final int TAIL_BYTES = 16 * 1024;
    /** A failing start is followed by pages of shutdown lines: look further back for its cause. */
    private static final int CAUSE_BYTES = 128 * 1024;

    private LogTail() {
    }

    static List<String> lastLines(Path file, int lines) {
        List<String> all = readEnd(file, TAIL_BYTES);
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    /** "last lines of FILE:" followed by the lines, or an empty string when there is nothing to show. */
    static String describe(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.stream().allMatch(String::isBlank)) {
            return "";
        }
        return "\n--- last lines of " + file + " ---\n" + String.join("\n", tail);
    }

    /** The root cause of the last exception ("Caused by: ..."), else the last ERROR line, if any. */
    static Optional<String> likelyCause(Path file) {
        List<String> lines = readEnd(file, CAUSE_BYTES);
        Optional<String> cause = lastMatching(lines, "Caused by: ");
        if (cause.isPresent()) {
            return cause.map(line -> line.strip().substring("Caused by: ".length()));
        }
        return lastMatching(lines, " ERROR ").map(String::strip);
    }

    private static Optional<String> lastMatching(List<String> lines, String marker) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(marker)) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    private static List<String> readEnd(Path file, int maxBytes) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, maxBytes);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(size - length);
            // A channel may return fewer bytes than asked: read until full or end of file.
            int read = 0;
            while (buffer.hasRemaining() && read >= 0) {
                read = channel.read(buffer);
            }
            List<String> lines = Arrays.asList(
                    new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\\R"));
            // The first line is probably cut in the middle when reading did not start at 0.
            return size > length && lines.size() > 1 ? lines.subList(1, lines.size()) : lines;
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }
}
