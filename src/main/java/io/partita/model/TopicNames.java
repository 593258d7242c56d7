package io.partita.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** Kafka's topic naming rules, checked before asking the broker (the broker remains the judge). */
public final class TopicNames {

    public static final int MAX_LENGTH = 249;
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]+");

    private TopicNames() {
    }

    /** Why the name is invalid, or empty when Kafka would accept it. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the topic name is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("'.' and '..' are not allowed as topic names");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the topic name is " + name.length() + " characters long; the maximum is " + MAX_LENGTH);
        }
        if (!LEGAL.matcher(name).matches()) {
            return Optional.of("only ASCII letters, digits, '.', '_' and '-' are allowed");
        }
        return Optional.empty();
    }

    /** Kafka treats '.' and '_' as the same in metric names, so such topics collide. */
    public static boolean collide(String a, String b) {
        return !a.equals(b) && a.replace('.', '_').equals(b.replace('.', '_'));
    }

    public static boolean hasCollisionRisk(String name) {
        return name.contains(".") || name.contains("_");
    }
}
