package io.partita.ui.messages;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.model.ReadRequest;
import io.partita.model.TopicSummary;
import java.time.Duration;
import java.util.List;

/** What the messages tab reads from: topic names and browses. The real one is a {@link ClusterSession}. */
public interface MessageSource {

    /** Topic names, sorted; blocking and bounded, call through the task runner. */
    List<TopicSummary> topics() throws Exception;

    /** Starts a browse; the sink is called on the reader thread. */
    Browse browse(ReadRequest request, MessageReader.Sink sink);

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
            public Browse browse(ReadRequest request, MessageReader.Sink sink) {
                return session.read(request, sink, Duration.ofSeconds(15))::stop;
            }
        };
    }
}
