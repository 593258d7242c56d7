package io.partita.model;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the filter box means: a case-insensitive substring, or a case-insensitive regular expression found anywhere
 * in the name. Pure and cheap: it runs for every row on every keystroke.
 */
public final class TopicFilter {

    /** Either a predicate or the reason the pattern is not valid. */
    public record Compiled(Predicate<String> matches, String problem) {
        public Optional<String> error() {
            return Optional.ofNullable(problem);
        }
    }

    private TopicFilter() {
    }

    public static Compiled compile(String text, boolean regex) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Compiled(name -> true, null);
        }
        if (!regex) {
            String needle = t.toLowerCase(Locale.ROOT);
            return new Compiled(name -> name.toLowerCase(Locale.ROOT).contains(needle), null);
        }
        try {
            Pattern pattern = Pattern.compile(t, Pattern.CASE_INSENSITIVE);
            return new Compiled(name -> pattern.matcher(name).find(), null);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, "not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near position " + e.getIndex() : ""));
        }
    }
}
