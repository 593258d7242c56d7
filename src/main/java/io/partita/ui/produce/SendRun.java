package io.partita.ui.produce;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.kafka.SendControl;
import io.partita.model.SendSummary;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The send (or import) under way and its delivery report: one at a time. Results reach the report every
 * {@code 100 ms}; cancel is two steps, first stop handing records over and flush the ones in flight, then stop
 * waiting for them (the producer closes and reports each one it never heard of).
 */
final class SendRun {

    private static final Duration DRAIN = Duration.ofMillis(100);

    private final TaskRunner runner;
    private final DeliveryReportModel report = new DeliveryReportModel();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private SendControl control;
    private TaskHandle drain = TaskHandle.DONE;

    SendRun(TaskRunner runner) {
        this.runner = runner;
    }

    /** A send begins; what it returns is the send's control, for the sender. */
    SendControl begin() {
        SendControl sendControl = new SendControl();
        control = sendControl;
        sending.set(true);
        cancelling.set(false);
        return sendControl;
    }

    /** The report starts counting {@code count} records, described as {@code what}. */
    void startReport(long count, String what) {
        report.start(count, what);
        // The tick only wakes the UI thread, which takes the results itself: a tick cancelled in flight (when the
        // send ends) can then never drop results it had already taken from the queue.
        drain = runner.schedule(DRAIN, DRAIN, () -> Boolean.TRUE, tick -> report.apply(report.poll()), e -> { });
    }

    /** The send returned: the report takes its summary. */
    void ended(SendSummary summary) {
        drain.cancel();
        report.finish(summary);
        sending.set(false);
        cancelling.set(false);
    }

    /** The send failed as a whole (nothing or not everything was handed over): the report says why. */
    void failed(String reason) {
        drain.cancel();
        sending.set(false);
        cancelling.set(false);
        report.failedToStart(reason);
    }

    /** Nothing was sent after all (the file to import could not be read); the form says why. */
    void notStarted() {
        sending.set(false);
    }

    /** First press: stop handing records, flush, report. Second press: stop waiting for the ones in flight. */
    void cancel() {
        SendControl c = control;
        if (c == null) {
            return;
        }
        if (!cancelling.get()) {
            cancelling.set(true);
            c.cancel();
        } else {
            runner.run(() -> {
                c.abort();
                return true;
            }, done -> { }, e -> { });
        }
    }

    /** The connection is closing: stop the drain and the send (its records are reported by the sender). */
    void dispose() {
        drain.cancel();
        if (control != null) {
            control.cancel();
        }
    }

    DeliveryReportModel report() {
        return report;
    }

    ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}
