package io.partita.ui.messages;

import io.partita.async.TaskRunner;
import io.partita.filter.RecordFilter;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadRequest;
import io.partita.model.TopicSummary;
import io.partita.ui.common.Styling;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The Messages tab built once with no cluster behind it, off screen, for the packaged app's AOT training run: what it
 * loads (the tab's controls and skins, RichTextFX, ControlsFX, the table's cells) goes into the AOT cache. Measured
 * in a JVM with and without such an archive (AppCDS on Java 17): building the tab and its first CSS and layout took
 * 1.3–1.5 s instead of 2.3–2.6 s.
 */
public final class TabRehearsal {

    private static final MessageSource NOTHING = new MessageSource() {
        @Override
        public List<TopicSummary> topics() {
            return List.of();
        }

        @Override
        public Browse browse(ReadRequest request, RecordFilter filter, MessageReader.Sink sink) {
            throw new UnsupportedOperationException("a rehearsal reads nothing");
        }

        @Override
        public DecodedMessage decode(KafkaMessage message, FormatChoice key, FormatChoice value) {
            throw new UnsupportedOperationException("a rehearsal decodes nothing");
        }
    };

    private TabRehearsal() {
    }

    /** Builds the tab, with a table of sample rows beside it, and lays both out; returns the milliseconds it took. */
    public static long run(TaskRunner runner) {
        long start = System.nanoTime();
        ZoneId zone = ZoneId.systemDefault();
        MessagesView view = new MessagesView(new MessagesViewModel(runner, NOTHING, zone, text -> { }), zone);
        List<MessageRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(MessageRow.sample(i));
        }
        TableView<MessageRow> filled = MessageTable.create(FXCollections.observableList(rows), zone);
        Scene scene = new Scene(new VBox(view, filled), 1400, 1700);
        Styling.apply(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
