package io.partita.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a child's log, for error messages. Reads only the end: kept data dirs have long logs. */
final class LogTail {

    private static final int MAX_BYTES = 16 * 1024;

    private LogTail() {
    }

    static List<String> lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(size - length);
            // A channel may return fewer bytes than asked: read until full or end of file.
            int read = 0;
            while (buffer.hasRemaining() && read >= 0) {
                read = channel.read(buffer);
            }
            String[] all = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\\R");
            // The first line is probably cut in the middle when we did not start at 0.
            int from = Math.max(size > length ? 1 : 0, all.length - lines);
            return Arrays.asList(all).subList(Math.min(from, all.length), all.length);
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** "last lines of FILE:" followed by the lines, or an empty string when there is nothing to show. */
    static String describe(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.isEmpty() || tail.stream().allMatch(String::isBlank)) {
            return "";
        }
        return "\n--- last lines of " + file + " ---\n" + String.join("\n", tail);
    }
}
