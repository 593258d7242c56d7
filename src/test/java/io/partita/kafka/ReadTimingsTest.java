package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadTimingsTest {

    @Test
    void aStepNotReachedSaysSoAndTheFirstOfEachStepCounts() throws Exception {
        ReadTimings timings = new ReadTimings();
        timings.created();
        assertThat(timings.describe(0)).contains("offsets -1 ms", "first records -1 ms", "first batch out -1 ms",
                "0 records in");

        timings.planned();
        timings.records();
        Thread.sleep(30);
        timings.records(); // a later poll does not move the first records' time
        timings.handedOut();
        String text = timings.describe(42);

        assertThat(text).doesNotContain("-1 ms").contains("42 records in");
        long first = Long.parseLong(text.replaceAll(".*first records (\\d+) ms.*", "$1"));
        long out = Long.parseLong(text.replaceAll(".*first batch out (\\d+) ms.*", "$1"));
        assertThat(out - first).isGreaterThanOrEqualTo(30);
    }
}
