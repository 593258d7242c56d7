package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StartPositionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void namedPositionsOffsetsAndGroups() {
        assertThat(StartPosition.parse("beginning", BERLIN)).isEqualTo(StartPosition.BEGINNING);
        assertThat(StartPosition.parse("latest", BERLIN)).isEqualTo(new StartPosition.EndMinus(0));
        assertThat(StartPosition.parse("end-25", BERLIN)).isEqualTo(new StartPosition.EndMinus(25));
        assertThat(StartPosition.parse("offset:7", BERLIN)).isEqualTo(new StartPosition.AtOffset(7));
        assertThat(StartPosition.parse("group:billing", BERLIN)).isEqualTo(new StartPosition.GroupCommitted("billing"));
    }

    @Test
    void aTimeTakesTheSameFormsAsUntil() {
        Instant noonUtc = Instant.parse("2026-06-01T12:00:00Z");
        assertThat(StartPosition.parse("time:2026-06-01T12:00:00Z", BERLIN)).isEqualTo(
                new StartPosition.AtTime(noonUtc));
        assertThat(StartPosition.parse("time:2026-06-01T14:00", BERLIN)).isEqualTo(new StartPosition.AtTime(noonUtc));
        assertThat(StartPosition.parse("time:2026-06-01", BERLIN)).isEqualTo(
                new StartPosition.AtTime(Instant.parse("2026-05-31T22:00:00Z")));
        assertThat(StartPosition.parse("time:" + noonUtc.toEpochMilli(), BERLIN)).isEqualTo(
                new StartPosition.AtTime(noonUtc));
    }

    @Test
    void nonsenseIsRefusedWithTheFormsNamed() {
        assertThatThrownBy(() -> StartPosition.parse("time:yesterday", BERLIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-06-01T12:00");
        assertThatThrownBy(() -> StartPosition.parse("offset:x", BERLIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset:x");
        assertThatThrownBy(() -> StartPosition.parse("middle", BERLIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group:NAME");
    }
}
