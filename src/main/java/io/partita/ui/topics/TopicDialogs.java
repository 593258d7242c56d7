package io.partita.ui.topics;

import java.util.Optional;

/**
 * The topics screen's own dialogs (the app's DialogService has confirm and error). Called on the UI thread; each
 * returns when its dialog closes. Tests pass a scripted implementation.
 */
public interface TopicDialogs {

    /** Shows the create dialog; the view model creates the topic itself and says so in its properties. */
    void createTopic(CreateTopicViewModel dialog);

    /** A destructive action confirmed by typing {@code name}; true only when the user typed it and confirmed. */
    boolean confirmByName(String title, String message, String name, String actionLabel);

    /** The new total partition count (greater than {@code current}); empty when cancelled. */
    Optional<Integer> askPartitionCount(String topic, int current);

    /**
     * The offset before which records are deleted in each of the named partitions; empty when cancelled.
     *
     * @param highest the smallest latest offset among those partitions: the largest offset valid for all of them
     */
    Optional<Long> askDeleteBefore(String topic, String partitions, long highest);

    /** Shows the reassignment dialog; it runs until the user closes it (a running move keeps running). */
    void reassign(ReassignmentViewModel dialog);
}
