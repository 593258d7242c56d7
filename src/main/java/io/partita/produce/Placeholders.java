package io.partita.produce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in keys, values and headers of a bulk send. Compiled once per send, rendered once per copy.
 * Within one record {@code ${uuid}}, {@code ${now}} and {@code ${nowMillis}} have the same value everywhere (so a
 * key and the id in its value can match); the random ones draw anew at each place. {@code $${} writes a literal
 * {@code ${}. Unknown names are errors at compile time, with their position.
 */
public final class Placeholders {

    /** What the user may type, one line each (shown in the produce pane and the CLI help). */
    public static final List<String> HELP = List.of(
            "${i}  copy number 0 … count−1",
            "${uuid}  a random UUID (same within one record)",
            "${now}  current time, ISO-8601 UTC (same within one record)",
            "${nowMillis}  current time in epoch milliseconds",
            "${randomInt(a,b)}  whole number from a to b, inclusive",
            "${randomDouble(a,b)}  decimal number from a to b, two places",
            "${randomString(n)} or (min,max)  random letters and digits",
            "${pick(a,b,c)}  one of the listed values",
            "$${  a literal ${");

    private static final Pattern TOKEN = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");

    private Placeholders() {
    }

    /** @throws IllegalArgumentException naming the first unknown or malformed placeholder and its position */
    public static Template compile(String text) {
        List<Template.Part> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        StringBuilder literal = new StringBuilder();
        while (m.find()) {
            literal.append(text, last, m.start());
            last = m.end();
            if (m.group(1) == null) {
                literal.append("${");
                continue;
            }
            if (literal.length() > 0) {
                parts.add(Template.literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(part(m.group(1).strip(), m.start() + 1));
        }
        literal.append(text.substring(last));
        if (text.indexOf("${", last) >= 0) {
            throw new IllegalArgumentException("unclosed placeholder at position " + (text.indexOf("${", last) + 1));
        }
        if (literal.length() > 0) {
            parts.add(Template.literal(literal.toString()));
        }
        return new Template(parts);
    }

    private static Template.Part part(String body, int position) {
        switch (body) {
            case "i":
                return ctx -> Long.toString(ctx.index());
            case "uuid":
                return RecordContext::uuid;
            case "now":
                return ctx -> ctx.now().toString();
            case "nowMillis":
                return ctx -> Long.toString(ctx.now().toEpochMilli());
            default:
                return call(body, position);
        }
    }

    private static Template.Part call(String body, int position) {
        Matcher m = CALL.matcher(body);
        if (!m.matches()) {
            throw unknown(body, position);
        }
        List<String> args = arguments(m.group(2));
        String name = m.group(1);
        try {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "randomint" -> randomInt(args, body, position);
                case "randomdouble" -> randomDouble(args, body, position);
                case "randomstring" -> randomString(args, body, position);
                case "pick" -> pick(args, body, position);
                default -> throw unknown(body, position);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("${" + body + "} at position " + position + ": not a number: "
                    + e.getMessage());
        }
    }

    private static Template.Part randomInt(List<String> args, String body, int position) {
        need(args, 2, body, position);
        long a = Long.parseLong(args.get(0));
        long b = Long.parseLong(args.get(1));
        ordered(a <= b, body, position);
        return ctx -> Long.toString(a + (long) Math.floor(ctx.random().nextDouble() * ((double) b - a + 1)));
    }

    private static Template.Part randomDouble(List<String> args, String body, int position) {
        need(args, 2, body, position);
        double a = Double.parseDouble(args.get(0));
        double b = Double.parseDouble(args.get(1));
        ordered(a <= b, body, position);
        return ctx -> String.format(Locale.ROOT, "%.2f", a + ctx.random().nextDouble() * (b - a));
    }

    /** {@code randomString(n)}: n characters; {@code randomString(min,max)}: a length in that range (sizes). */
    private static Template.Part randomString(List<String> args, String body, int position) {
        if (args.size() != 1) {
            need(args, 2, body, position);
        }
        int min = Integer.parseInt(args.get(0));
        int max = args.size() == 2 ? Integer.parseInt(args.get(1)) : min;
        ordered(min >= 0 && min <= max && max <= 10_000_000, body, position);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return ctx -> {
            int n = min == max ? min : min + ctx.random().nextInt(max - min + 1);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(alphabet.charAt(ctx.random().nextInt(alphabet.length())));
            }
            return s.toString();
        };
    }

    private static Template.Part pick(List<String> args, String body, int position) {
        if (args.isEmpty() || args.size() == 1 && args.get(0).isEmpty()) {
            throw new IllegalArgumentException("${" + body + "} at position " + position + ": list at least one value");
        }
        List<String> choices = List.copyOf(args);
        return ctx -> choices.get(ctx.random().nextInt(choices.size()));
    }

    private static List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        for (String a : text.split(",", -1)) {
            args.add(a.strip());
        }
        return args;
    }

    private static void need(List<String> args, int n, String body, int position) {
        if (args.size() != n) {
            throw new IllegalArgumentException("${" + body + "} at position " + position + ": needs " + n
                    + (n == 1 ? " argument" : " arguments"));
        }
    }

    private static void ordered(boolean ok, String body, int position) {
        if (!ok) {
            throw new IllegalArgumentException("${" + body + "} at position " + position
                    + ": the range is empty or too large");
        }
    }

    private static IllegalArgumentException unknown(String body, int position) {
        return new IllegalArgumentException("unknown placeholder ${" + body + "} at position " + position
                + ": use ${i}, ${uuid}, ${now}, ${nowMillis}, ${randomInt(a,b)}, ${randomDouble(a,b)}, "
                + "${randomString(n)}, ${randomString(min,max)} or ${pick(a,b,…)}");
    }
}
