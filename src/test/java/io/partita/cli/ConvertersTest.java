package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    private final Converters.Timeout timeout = new Converters.Timeout();

    @Test
    void timeoutsAcceptMillisecondsSecondsAndMinutes() {
        assertThat(timeout.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(timeout.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeout.convert("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "0s", "ten seconds", "-5s", "99999999999s"})
    void timeoutsWithoutAUnitOrNotPositiveAreRejected(String text) {
        assertThatThrownBy(() -> timeout.convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void bootstrapListsAreNormalisedWithoutSpaces() {
        assertThat(new Converters.Bootstrap().convert("a:1, b:2")).isEqualTo("a:1,b:2");
    }

    @Test
    void registryMustBeAnHttpUrlWithAHost() {
        Converters.Url url = new Converters.Url();

        assertThat(url.convert("https://r.example.com/apis/ccompat/v7")).isEqualTo("https://r.example.com/apis/ccompat/v7");
        assertThatThrownBy(() -> url.convert("localhost:8081")).isInstanceOf(TypeConversionException.class);
    }
}
