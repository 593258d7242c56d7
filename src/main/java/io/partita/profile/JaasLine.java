package io.partita.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code sasl.jaas.config} entry: {@code module flag key="value" key=value ... ;}. Parsed only to lift the user,
 * password and other known options into profile fields; quoted values may hold escaped quotes.
 */
record JaasLine(String module, Map<String, String> options) {

    /** @throws IllegalArgumentException when the text is not one JAAS entry */
    static JaasLine parse(String text) {
        String s = text.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        int n = s.length();
        int i = skipWord(s, 0);
        String module = s.substring(0, i);
        i = skipSpace(s, i);
        int flagStart = i;
        i = skipWord(s, i);
        String flag = s.substring(flagStart, i);
        if (module.isEmpty() || !java.util.Set.of("required", "requisite", "sufficient", "optional").contains(flag)) {
            throw new IllegalArgumentException("sasl.jaas.config is not 'LoginModule required key=value ...;'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        i = skipSpace(s, i);
        while (i < n) {
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("sasl.jaas.config: option without '=' near position " + i);
            }
            String key = s.substring(i, eq).strip();
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = s.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                if (i >= n) {
                    throw new IllegalArgumentException("sasl.jaas.config: a quoted value is not closed");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    value.append(s.charAt(i++));
                }
            }
            options.put(key, value.toString());
            i = skipSpace(s, i);
        }
        return new JaasLine(module, options);
    }

    String simpleModule() {
        return module.substring(module.lastIndexOf('.') + 1);
    }

    private static int skipWord(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        // Options may hold a password.
        return "JaasLine[" + module + " " + options.keySet() + "]";
    }
}
