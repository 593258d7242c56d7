package io.partita.ui.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryReportModelTest {

    @Test
    void finishCountsEveryResultStillQueuedHoweverMany() {
        DeliveryReportModel report = new DeliveryReportModel();
        int n = 120_000;
        report.start(n, "many");
        report.apply(report.poll());
        for (long i = 0; i < n; i++) {
            report.offer(i % 1000 == 0 ? new SendResult.Failed(i, 0, "X", "m", "e", true)
                    : new SendResult.Delivered(i, 0, i, null));
        }

        report.finish(new SendSummary(n, n - 120, 120, 0, Duration.ofSeconds(2), null));

        assertThat(report.deliveredProperty().get() + report.failedProperty().get()).isEqualTo(n);
        assertThat(report.failedProperty().get()).isEqualTo(120);
        assertThat(report.pendingProperty().get()).isZero();
        assertThat(report.rows()).hasSize(DeliveryReportModel.MAX_ROWS + 120);
        assertThat(report.truncationProperty().get()).contains("counts cover all 120,000 records");
        assertThat(report.summaryProperty().get()).startsWith("119,880 of 120,000 delivered in 2.0 s");
    }

    @Test
    void summarySaysPreparingUntilTheFirstResultArrives() {
        DeliveryReportModel report = new DeliveryReportModel();
        report.start(2, "2 records to t");
        assertThat(report.summaryProperty().get()).startsWith("Preparing 2 records to t");
        report.offer(new SendResult.Delivered(0, 0, 0, null));
        report.apply(report.poll());
        assertThat(report.summaryProperty().get()).isEqualTo("Sending 2 records to t…");
        assertThat(report.progressProperty().get()).isEqualTo(0.5);
    }
}
