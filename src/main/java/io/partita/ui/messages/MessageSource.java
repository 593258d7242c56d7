package io.partita.ui.messages;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadRequest;
import io.partita.schema.MessageDecoder;
import io.partita.model.TopicSummary;
import java.time.Duration;
import java.util.List;

/** What the messages tab reads from: topic names and browses. The real one is a {@link ClusterSession}. */
public interface MessageSource {

    /** Topic names, sorted; blocking and bounded, call through the task runner. */
    List<TopicSummary> topics() throws Exception;

    /** Starts a browse (or, with a filter, a search); the sink is called on the reader thread. */
    Browse browse(ReadRequest request, io.partita.filter.RecordFilter filter, MessageReader.Sink sink);

    /** Decodes one record again (for the detail pane); blocking, call through the task runner. */
    DecodedMessage decode(KafkaMessage message, FormatChoice key, FormatChoice value);

    /** A running browse. */
    interface Browse {
        /** Asks it to stop; returns at once, the sink's onFinished follows. */
        void stop();
    }

    static MessageSource of(ClusterSession session) {
        return new MessageSource() {
            @Override
            public List<TopicSummary> topics() {
                return session.topics().list(false, ClusterSession.DEFAULT_TIMEOUT, batch -> { });
            }

            @Override
            public DecodedMessage decode(KafkaMessage message, FormatChoice key, FormatChoice value) {
                return new MessageDecoder(session.schemas()).decode(message, key, value);
            }

            @Override
            public Browse browse(ReadRequest request, io.partita.filter.RecordFilter filter,
                                 MessageReader.Sink sink) {
                return filter.matchesAll() ? session.read(request, sink, Duration.ofSeconds(15))::stop
                        : session.search(request, filter, sink)::stop;
            }
        };
    }
}
