package io.partita.cli;

import io.partita.model.HostPort;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values checked while parsing, so bad input is a usage error (exit 2) before anything runs. */
final class Converters {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    private Converters() {
    }

    /** {@code host:port[,host:port...]}, normalised to a comma separated list without spaces. */
    static final class Bootstrap implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return HostPort.parseList(value).stream().map(HostPort::toString).collect(Collectors.joining(","));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An absolute http(s) URL with a host. */
    static final class Url implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            URI uri;
            try {
                uri = new URI(value.strip());
            } catch (java.net.URISyntaxException e) {
                throw new TypeConversionException("'" + value + "' is not a URL: " + e.getReason());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new TypeConversionException("'" + value + "' is not an http(s) URL with a host, "
                        + "e.g. http://localhost:8081");
            }
            return value.strip();
        }
    }

    /** {@code 500ms}, {@code 10s}, {@code 1m}, {@code 1h}; must be positive. */
    static final class Timeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 500ms, 10s or 1m");
            }
            long amount = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (d.isZero()) {
                throw new TypeConversionException("the timeout must be more than zero");
            }
            return d;
        }
    }
}
