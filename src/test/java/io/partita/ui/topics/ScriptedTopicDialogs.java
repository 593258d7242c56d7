package io.partita.ui.topics;

import io.partita.model.ConfigValue;
import io.partita.ui.common.DialogService;
import io.partita.ui.configs.ConfigDialogs;
import io.partita.ui.configs.ConfigEdit;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every dialog the topics and brokers screens use, answered as a test says; records what was asked. */
final class ScriptedTopicDialogs implements TopicDialogs, ConfigDialogs, DialogService {

    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean confirm = true;
    String typedName;
    Integer partitionCount;
    Long deleteBefore;
    ConfigEdit configEdit;
    Consumer<CreateTopicViewModel> createScript = vm -> { };
    Consumer<ReassignmentViewModel> reassignScript = vm -> { };

    @Override
    public void createTopic(CreateTopicViewModel dialog) {
        asked.add("create");
        createScript.accept(dialog);
    }

    @Override
    public boolean confirmByName(String title, String message, String name, String actionLabel) {
        asked.add(title + ": " + name);
        return name.equals(typedName);
    }

    @Override
    public Optional<Integer> askPartitionCount(String topic, int current) {
        asked.add("partitions of " + topic + " (" + current + ")");
        return Optional.ofNullable(partitionCount);
    }

    @Override
    public Optional<Long> askDeleteBefore(String topic, String partitions, long highest) {
        asked.add("delete before in " + partitions + " up to " + highest);
        return Optional.ofNullable(deleteBefore);
    }

    @Override
    public void reassign(ReassignmentViewModel dialog) {
        asked.add("reassign " + dialog.topic());
        reassignScript.accept(dialog);
    }

    @Override
    public Optional<ConfigEdit> edit(String targetLabel, ConfigValue current, boolean offerClusterWide) {
        asked.add("edit " + current.name() + " on " + targetLabel);
        return Optional.ofNullable(configEdit);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title);
        return confirm;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void editProfile(ProfileEditorViewModel editor) {
        throw new AssertionError("the topics screens never edit profiles");
    }
}
