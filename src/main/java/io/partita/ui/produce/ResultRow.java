package io.partita.ui.produce;

import io.partita.model.SendResult;
import java.time.Instant;

/**
 * One line of the delivery report.
 *
 * @param status      "delivered", "failed" (handed to the producer, not acknowledged) or "not sent"
 * @param partition   null when not known
 * @param offset      null when not known (failures, acks=0)
 * @param explanation what to check, empty for deliveries
 */
public record ResultRow(long index, String status, Integer partition, Long offset, Instant timestamp,
                        String exception, String message, String explanation) {

    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String NOT_SENT = "not sent";

    static ResultRow of(SendResult result) {
        if (result instanceof SendResult.Delivered d) {
            return new ResultRow(d.index(), DELIVERED, d.partition(), d.offsetKnown() ? d.offset() : null,
                    d.timestamp(), "", "", "");
        }
        SendResult.Failed f = (SendResult.Failed) result;
        return new ResultRow(f.index(), f.sent() ? FAILED : NOT_SENT, f.partition() < 0 ? null : f.partition(),
                null, null, f.exception(), f.message(), f.explanation());
    }

    public boolean delivered() {
        return DELIVERED.equals(status);
    }
}
