package io.partita.ui.groups;

import io.partita.model.CatchUp;
import io.partita.model.SeriesDetail;

/**
 * One watched group beside the chart: its latest lag, rates and time to catch up, already formatted.
 *
 * @param colour the colour slot of the group's total series
 */
public record LagStatsRow(String group, SeriesDetail detail, int colour, String lag, String consumeRate,
                          String produceRate, String catchUp, CatchUp.Status status, String problem) {

    static LagStatsRow waiting(String group, SeriesDetail detail, int colour) {
        return new LagStatsRow(group, detail, colour, GroupFormats.ABSENT, GroupFormats.ABSENT, GroupFormats.ABSENT,
                "waiting for samples", CatchUp.Status.UNKNOWN, null);
    }
}
