package io.partita.produce;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partita.model.ProduceTemplate;
import io.partita.model.RecentSend;
import io.partita.profile.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Produce templates (per profile and topic) and recent sends (per profile, newest first, at most
 * {@link #RECENT_PER_PROFILE}) in {@code produce.json} next to {@code profiles.json}. Versioned; writes are atomic
 * (temp file + move); an unreadable file is moved aside and reported by {@link #problem()}, never overwritten
 * unread. Synchronous file I/O: call off the FX thread. Thread-safe.
 */
public final class ProduceStore {

    public static final String FILE_NAME = "produce.json";
    public static final int RECENT_PER_PROFILE = 20;
    static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private List<ProduceTemplate> templates;
    private List<RecentSend> recent;
    private String problem;
    private boolean newerFormat;

    public ProduceStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Templates of one topic of one profile, by name. */
    public synchronized List<ProduceTemplate> templates(String profile, String topic) {
        load();
        return templates.stream().filter(t -> t.profile().equals(profile) && t.topic().equals(topic))
                .sorted(Comparator.comparing(ProduceTemplate::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Adds the template, or replaces the one with the same profile, topic and name. */
    public synchronized void saveTemplate(ProduceTemplate template) {
        if (template.name().isBlank()) {
            throw new IllegalArgumentException("a template needs a name");
        }
        load();
        List<ProduceTemplate> next = new ArrayList<>(templates);
        next.removeIf(t -> sameSlot(t, template.profile(), template.topic(), template.name()));
        next.add(template);
        write(next, recent);
    }

    /** @return whether such a template existed */
    public synchronized boolean deleteTemplate(String profile, String topic, String name) {
        load();
        List<ProduceTemplate> next = new ArrayList<>(templates);
        boolean removed = next.removeIf(t -> sameSlot(t, profile, topic, name));
        if (removed) {
            write(next, recent);
        }
        return removed;
    }

    /** Recent sends of a profile, newest first. */
    public synchronized List<RecentSend> recent(String profile) {
        load();
        return recent.stream().filter(r -> r.profile().equals(profile)).toList();
    }

    /** Records a send; the same draft sent again moves to the top instead of appearing twice. */
    public synchronized void addRecent(RecentSend send) {
        load();
        List<RecentSend> next = new ArrayList<>();
        next.add(send);
        int kept = 1;
        for (RecentSend r : recent) {
            boolean same = r.profile().equals(send.profile()) && r.draft().equals(send.draft())
                    && r.bulk().equals(send.bulk());
            boolean mine = r.profile().equals(send.profile());
            if (same || mine && kept >= RECENT_PER_PROFILE) {
                continue;
            }
            kept += mine ? 1 : 0;
            next.add(r);
        }
        write(templates, next);
    }

    public synchronized Optional<String> problem() {
        load();
        return Optional.ofNullable(problem);
    }

    private static boolean sameSlot(ProduceTemplate t, String profile, String topic, String name) {
        return t.profile().equals(profile) && t.topic().equals(topic) && t.name().equalsIgnoreCase(name);
    }

    private void load() {
        if (templates != null) {
            return;
        }
        templates = new ArrayList<>();
        recent = new ArrayList<>();
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            if (root.path("version").asInt(0) > FORMAT_VERSION) {
                // Never write over what a newer Partita wrote: keep it, work without it.
                newerFormat = true;
                problem = FILE_NAME + " was written by a newer Partita (format " + root.path("version").asInt()
                        + "); templates and recent sends are not saved until you upgrade";
                return;
            }
            for (JsonNode n : root.path("templates")) {
                templates.add(Json.MAPPER.treeToValue(n, ProduceTemplate.class));
            }
            for (JsonNode n : root.path("recent")) {
                recent.add(Json.MAPPER.treeToValue(n, RecentSend.class));
            }
        } catch (IOException | RuntimeException e) {
            templates = new ArrayList<>();
            recent = new ArrayList<>();
            moveAside(e);
        }
    }

    private void moveAside(Exception cause) {
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + LocalDateTime.now().format(STAMP));
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            problem = FILE_NAME + " could not be read (" + reason + "); it was moved to " + aside;
        } catch (IOException moveFailed) {
            problem = FILE_NAME + " could not be read (" + reason + ") nor moved aside: " + moveFailed.getMessage();
        }
    }

    private void write(List<ProduceTemplate> nextTemplates, List<RecentSend> nextRecent) {
        if (newerFormat) {
            throw new IllegalStateException(problem);
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.set("templates", Json.MAPPER.valueToTree(nextTemplates));
        root.set("recent", Json.MAPPER.valueToTree(nextRecent));
        try {
            AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
        }
        templates = new ArrayList<>(nextTemplates);
        recent = new ArrayList<>(nextRecent);
    }

    /** Built on first use, on the worker that first reads or writes: not on the FX thread while the window is built. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
