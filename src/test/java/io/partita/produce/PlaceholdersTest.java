package io.partita.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-31T13:45:30.250Z"), ZoneOffset.UTC);

    private static RecordContext copy(long i) {
        return new RecordContext(i, new Random(i), CLOCK);
    }

    @Test
    void indexAndClockAreFilledIn() {
        Template t = Placeholders.compile("order-${i} at ${now} (${nowMillis})");
        assertThat(t.render(copy(7))).isEqualTo("order-7 at 2024-05-31T13:45:30.250Z (1717163130250)");
    }

    @Test
    void uuidIsTheSameEverywhereInOneRecordAndDiffersBetweenRecords() {
        Template key = Placeholders.compile("${uuid}");
        Template value = Placeholders.compile("{\"id\":\"${uuid}\"}");
        RecordContext first = copy(0);
        String k = key.render(first);
        assertThat(value.render(first)).isEqualTo("{\"id\":\"" + k + "\"}");
        assertThat(k).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(key.render(copy(1))).isNotEqualTo(k);
    }

    @Test
    void randomIntStaysInItsInclusiveRangeAndReachesBothEnds() {
        Template t = Placeholders.compile("${randomInt(3, 5)}");
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(t.render(new RecordContext(i, random, CLOCK)));
        }
        assertThat(seen).containsExactlyInAnyOrder("3", "4", "5");
    }

    @Test
    void pickAndRandomStringDrawFromWhatTheySay() {
        assertThat(Placeholders.compile("${pick(a,b)}").render(copy(0))).isIn("a", "b");
        assertThat(Placeholders.compile("${randomString(12)}").render(copy(0))).matches("[A-Za-z0-9]{12}");
        assertThat(Placeholders.compile("${randomString(3,5)}").render(copy(0))).matches("[A-Za-z0-9]{3,5}");
        assertThat(Placeholders.compile("${randomDouble(1,2)}").render(copy(0))).matches("1\\.\\d\\d|2\\.00");
    }

    @Test
    void doubleDollarWritesALiteralPlaceholder() {
        assertThat(Placeholders.compile("cost $${i} is ${i}").render(copy(3))).isEqualTo("cost ${i} is 3");
    }

    @Test
    void textWithoutPlaceholdersIsConstant() {
        assertThat(Placeholders.compile("plain {\"a\":1}").isConstant()).isTrue();
        assertThat(Placeholders.compile("${i}").isConstant()).isFalse();
    }

    @Test
    void unknownPlaceholderIsNamedWithItsPosition() {
        assertThatThrownBy(() -> Placeholders.compile("id-${idx}"))
                .hasMessageStartingWith("unknown placeholder ${idx} at position 4");
    }

    @Test
    void badArgumentsAndUnclosedPlaceholdersAreNamed() {
        assertThatThrownBy(() -> Placeholders.compile("${randomInt(9,1)}")).hasMessageContaining("range is empty");
        assertThatThrownBy(() -> Placeholders.compile("${randomInt(1)}")).hasMessageContaining("needs 2 arguments");
        assertThatThrownBy(() -> Placeholders.compile("a ${i")).hasMessage("unclosed placeholder at position 3");
    }
}
