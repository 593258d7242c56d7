package io.partita.filter;

import io.partita.model.DecodedMessage;
import java.util.List;
import java.util.regex.Pattern;

/** A compiled piece of a filter: evaluated once per record, allocation-free on the common paths. */
interface Node {

    Object eval(DecodedMessage record);

    record Literal(Object value) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return value;
        }
    }

    record And(Node left, Node right) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return Values.truthy(left.eval(record)) && Values.truthy(right.eval(record));
        }
    }

    record Or(Node left, Node right) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return Values.truthy(left.eval(record)) || Values.truthy(right.eval(record));
        }
    }

    record Not(Node inner) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return !Values.truthy(inner.eval(record));
        }
    }

    /** ==, !=, <, <=, >, >=: a missing side makes every one of them false. */
    record Compare(String op, Node left, Node right) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            Object a = left.eval(record);
            Object b = right.eval(record);
            if (a == Values.MISSING || b == Values.MISSING) {
                return false;
            }
            switch (op) {
                case "==":
                    return Values.equal(a, b);
                case "!=":
                    return !Values.equal(a, b);
                default:
                    Integer c = Values.compare(a, b);
                    if (c == null) {
                        return false;
                    }
                    return switch (op) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
            }
        }
    }

    record Contains(Node container, Node item) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return Values.contains(container.eval(record), item.eval(record));
        }
    }

    record TextTest(String op, Node left, Node right) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            String a = Values.text(left.eval(record));
            String b = Values.text(right.eval(record));
            if (a == null || b == null) {
                return false;
            }
            return op.equals("startsWith") ? a.startsWith(b) : a.endsWith(b);
        }
    }

    /** Regex found anywhere in the text (anchor with ^ and $ for a whole match). */
    record Matches(Node left, Pattern pattern) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            String a = Values.text(left.eval(record));
            return a != null && pattern.matcher(a).find();
        }
    }

    record In(Node left, List<Node> options) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            Object a = left.eval(record);
            for (Node option : options) {
                if (Values.equal(a, option.eval(record))) {
                    return true;
                }
            }
            return false;
        }
    }

    record Exists(Node path) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            return path.eval(record) != Values.MISSING;
        }
    }

    record Call(String name, Node arg) implements Node {
        @Override
        public Object eval(DecodedMessage record) {
            Object v = arg.eval(record);
            if (v == Values.MISSING || v == null) {
                return v;
            }
            return switch (name) {
                case "lower" -> v.toString().toLowerCase(java.util.Locale.ROOT);
                case "upper" -> v.toString().toUpperCase(java.util.Locale.ROOT);
                case "str" -> v.toString();
                default -> {
                    long size = Values.size(v);
                    yield size < 0 ? Values.MISSING : (Object) size;
                }
            };
        }
    }
}
