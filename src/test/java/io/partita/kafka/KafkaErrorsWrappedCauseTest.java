package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaErrorsWrappedCauseTest {

    @Test
    void wrapperSentenceIsKeptWhenTheCauseHasNoMessage() {
        String text = KafkaErrors.describe(
                new KafkaOperationException("describe cluster: no answer within 500 ms", new TimeoutException()));

        assertThat(text).isEqualTo("describe cluster: no answer within 500 ms");
    }

    @Test
    void causeWithAMessageIsStillDescribed() {
        String text = KafkaErrors.describe(
                new KafkaOperationException("connect", new ConnectException("127.0.0.1:1 refused")));

        assertThat(text).isEqualTo("connection refused: 127.0.0.1:1 refused");
    }
}
