package io.partita.ui.produce;

import io.partita.async.TaskRunner;
import io.partita.model.BulkOptions;
import io.partita.model.ProduceTemplate;
import io.partita.model.RecentSend;
import io.partita.model.RecordDraft;
import io.partita.ui.common.Command;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Saved templates of the current topic and the profile's recent sends: save, recall, delete. File I/O runs
 * through the task runner; a failure to save is shown, never thrown.
 */
public final class TemplateList {

    private final ProduceService service;
    private final TaskRunner runner;
    private final ProduceDialogs dialogs;
    private final StringProperty topic;
    private final Supplier<RecordDraft> draft;
    private final Supplier<BulkOptions> bulk;
    private final BiConsumer<RecordDraft, BulkOptions> apply;
    private final Consumer<String> onError;
    private final ObservableList<ProduceTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<RecentSend> recent = FXCollections.observableArrayList();
    private final Command saveCommand;

    TemplateList(ProduceService service, TaskRunner runner, ProduceDialogs dialogs, StringProperty topic,
                 Supplier<RecordDraft> draft, Supplier<BulkOptions> bulk, BiConsumer<RecordDraft, BulkOptions> apply,
                 Consumer<String> onError) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.topic = topic;
        this.draft = draft;
        this.bulk = bulk;
        this.apply = apply;
        this.onError = onError;
        this.saveCommand = new Command(Bindings.createBooleanBinding(() -> !topic.get().isBlank(), topic), this::save);
        topic.addListener((obs, old, now) -> reloadTemplates());
    }

    void load() {
        reloadTemplates();
        runner.run(service::recent, recent::setAll, e -> onError.accept("Could not read recent sends: "
                + ProduceViewModel.message(e)));
    }

    private void reloadTemplates() {
        String t = topic.get();
        if (t == null || t.isBlank()) {
            templates.clear();
            return;
        }
        runner.run(() -> service.templates(t), templates::setAll, e -> onError.accept("Could not read templates: "
                + ProduceViewModel.message(e)));
    }

    private void save() {
        RecordDraft current;
        try {
            current = draft.get();
        } catch (IllegalArgumentException e) {
            onError.accept(e.getMessage());
            return;
        }
        Optional<String> name = dialogs.askTemplateName(current.value().text().isBlank() ? current.topic()
                : current.topic() + " example");
        if (name.isEmpty() || name.get().isBlank()) {
            return;
        }
        ProduceTemplate template = new ProduceTemplate(name.get(), service.profileName(), current.topic(), current,
                bulk.get(), java.time.Instant.now());
        runner.run(() -> {
            service.saveTemplate(template);
            return service.templates(current.topic());
        }, templates::setAll, e -> onError.accept("Could not save the template: " + ProduceViewModel.message(e)));
    }

    public void apply(ProduceTemplate template) {
        apply.accept(template.draft(), template.bulk());
    }

    public void apply(RecentSend send) {
        apply.accept(send.draft(), send.bulk());
    }

    public void delete(ProduceTemplate template) {
        if (!dialogs.confirm("Delete template", "Delete template '" + template.name() + "' of " + template.topic()
                + "?", "Delete")) {
            return;
        }
        runner.run(() -> {
            service.deleteTemplate(template.topic(), template.name());
            return service.templates(template.topic());
        }, list -> templates.setAll(list.stream().filter(x -> x.topic().equals(topic.get())).toList()),
                e -> onError.accept("Could not delete the template: " + ProduceViewModel.message(e)));
    }

    void remember(RecentSend send) {
        runner.run(() -> {
            service.addRecent(send);
            return service.recent();
        }, recent::setAll, e -> onError.accept("The send is not kept in the recent list: "
                + ProduceViewModel.message(e)));
    }

    public ObservableList<ProduceTemplate> templates() { return templates; }
    public ObservableList<RecentSend> recent() { return recent; }
    public Command saveCommand() { return saveCommand; }
}
