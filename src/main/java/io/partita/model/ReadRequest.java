package io.partita.model;

import java.util.List;

/**
 * What to read.
 *
 * @param partitions  the partitions to read; empty = all
 * @param maxMessages stop after this many records in total; 0 = no limit
 * @param keyFormat   how to decode keys
 * @param valueFormat how to decode values
 */
public record ReadRequest(String topic, List<Integer> partitions, StartPosition start, StopCondition stop,
                          long maxMessages, FormatChoice keyFormat, FormatChoice valueFormat) {

    public ReadRequest {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("no topic given");
        }
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
        start = start == null ? StartPosition.BEGINNING : start;
        stop = stop == null ? StopCondition.AT_END : stop;
        if (maxMessages < 0) {
            throw new IllegalArgumentException("the message limit must not be negative, was " + maxMessages);
        }
        keyFormat = keyFormat == null ? FormatChoice.AUTO : keyFormat;
        valueFormat = valueFormat == null ? FormatChoice.AUTO : valueFormat;
    }

    /** Everything from the beginning to the current end, auto-detected. */
    public static ReadRequest wholeTopic(String topic) {
        return new ReadRequest(topic, List.of(), StartPosition.BEGINNING, StopCondition.AT_END, 0,
                FormatChoice.AUTO, FormatChoice.AUTO);
    }

    public ReadRequest withStart(StartPosition newStart) {
        return new ReadRequest(topic, partitions, newStart, stop, maxMessages, keyFormat, valueFormat);
    }

    public ReadRequest withStop(StopCondition newStop) {
        return new ReadRequest(topic, partitions, start, newStop, maxMessages, keyFormat, valueFormat);
    }

    public ReadRequest withMax(long max) {
        return new ReadRequest(topic, partitions, start, stop, max, keyFormat, valueFormat);
    }

    public ReadRequest withPartitions(List<Integer> chosen) {
        return new ReadRequest(topic, chosen, start, stop, maxMessages, keyFormat, valueFormat);
    }

    public ReadRequest withFormats(FormatChoice key, FormatChoice value) {
        return new ReadRequest(topic, partitions, start, stop, maxMessages, key, value);
    }
}
