package io.partita.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.MutationGuard;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SchemaChange;
import io.partita.sandbox.Sandbox;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The schemas tab's view models with a direct runner against the sandbox's real registry; no FX toolkit. */
@ExtendWith(SandboxExtension.class)
class SchemasViewModelTest {

    static final String V1 = record("");
    static final String V2 = record(",{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}");
    static final String V2_BAD = record(",{\"name\":\"qty\",\"type\":\"int\"}");

    static String record(String extra) {
        return "{\"type\":\"record\",\"name\":\"Vm\",\"namespace\":\"io.partita.vm\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"string\"}" + extra + "]}";
    }

    @TempDir
    Path dir;

    private final ScriptedSchemaDialogs dialogs = new ScriptedSchemaDialogs();

    static SchemaRegistryService service(Sandbox sandbox, boolean readOnly) {
        String url = sandbox.registryUrl().orElseThrow();
        ClusterProfile p = ClusterProfile.simple("vm", sandbox.bootstrapServers(), url);
        return new SchemaRegistryService(HttpSchemaRegistryClient.create(RegistryConfig.of(url), Credentials.none(),
                Duration.ofSeconds(10)), new MutationGuard(new ClusterProfile(p.name(), p.bootstrapServers(),
                p.security(), p.clientProperties(), p.registry(), readOnly, null)));
    }

    private SchemasViewModel vm(Sandbox sandbox, boolean readOnly, Set<String> topics) {
        SchemasViewModel vm = new SchemasViewModel(service(sandbox, readOnly), () -> topics, new DirectTaskRunner(),
                dialogs, dialogs);
        vm.refreshCommand().execute();
        return vm;
    }

    /** A subject named after a topic: "vm-<uuid>" + "-value", with the given versions registered. */
    private static String subject(Sandbox sandbox, String... versions) {
        String subject = "vm-" + UUID.randomUUID() + "-value";
        SchemaRegistryService service = service(sandbox, false);
        for (String v : versions) {
            service.register(subject, v, "AVRO", List.of());
        }
        return subject;
    }

    private static String topicOf(String subject) {
        return subject.substring(0, subject.length() - "-value".length());
    }

    @Test
    void subjectsShowLatestVersionTypeLevelAndWhetherTheirTopicExists(Sandbox sandbox) {
        String withTopic = subject(sandbox, V1, V2);
        String withoutTopic = subject(sandbox, V1);

        SchemasViewModel vm = vm(sandbox, false, Set.of(topicOf(withTopic)));

        SubjectRow row = vm.subjects().stream().filter(r -> r.subject().equals(withTopic)).findFirst().orElseThrow();
        assertThat(row.versionText()).isEqualTo("2");
        assertThat(row.typeText()).isEqualTo("AVRO");
        assertThat(row.compatibilityText()).isEqualTo(vm.globalLevelProperty().get());
        assertThat(row.topicExists()).isTrue();
        assertThat(row.topicText()).isEqualTo(topicOf(withTopic) + " (value)");
        assertThat(vm.subjects().stream().filter(r -> r.subject().equals(withoutTopic)).findFirst().orElseThrow()
                .topicText()).endsWith("— no such topic");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void searchNarrowsTheList(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, false, Set.of());

        vm.searchProperty().set(subject.substring(3, 20).toUpperCase());

        assertThat(vm.visibleSubjects()).extracting(SubjectRow::subject).containsExactly(subject);
        assertThat(vm.summaryProperty().get()).startsWith("1 of ");
    }

    @Test
    void showSubjectOpensTheSubjectAtTheAskedVersion(Sandbox sandbox) {
        String subject = subject(sandbox, V1, V2);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.searchProperty().set("nothing matches this");

        vm.showSubject(subject, 1);

        assertThat(vm.searchProperty().get()).isEmpty();
        assertThat(vm.selectedProperty().get().subject()).isEqualTo(subject);
        SubjectViewModel detail = vm.detailProperty().get();
        assertThat(detail.selectedVersionProperty().get().version()).isEqualTo(1);
        assertThat(detail.schemaProperty().get().version()).isEqualTo(1);
        assertThat(detail.schemaTextProperty().get()).contains("\"name\": \"Vm\"");
        assertThat(detail.detailsProperty().get()).startsWith("Version 1 · id ");
    }

    @Test
    void aJumpBeforeTheTabExistsIsKeptUntilItDoes(Sandbox sandbox) {
        String subject = subject(sandbox, V1, V2);
        SchemaNavigator navigator = new SchemaNavigator();
        navigator.show(subject, 2);

        SchemasViewModel vm = vm(sandbox, false, Set.of());
        navigator.attach(vm);

        assertThat(vm.detailProperty().get().subject()).isEqualTo(subject);
        assertThat(vm.detailProperty().get().selectedVersionProperty().get().version()).isEqualTo(2);
    }

    @Test
    void editorParsesAsYouTypeAndRefusesToRegisterUnparsableText(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, null);
        RegisterViewModel editor = vm.detailProperty().get().register();

        editor.textProperty().set("{\"type\":\"record\",\n\"name\":\"Vm\" \"fields\":[]}");

        assertThat(editor.parseStateProperty().get()).isEqualTo(RegisterViewModel.ParseState.INVALID);
        assertThat(editor.problemProperty().get().line()).isEqualTo(2);
        assertThat(editor.parseStatusProperty().get()).startsWith("line 2, column ");
        assertThat(editor.registerCommand().executableProperty().get()).isFalse();
        assertThat(editor.checkCommand().executableProperty().get()).isFalse();
    }

    @Test
    void editorStartsFromTheLatestVersion(Sandbox sandbox) {
        String subject = subject(sandbox, V1, V2);
        SchemasViewModel vm = vm(sandbox, false, Set.of());

        vm.showSubject(subject, null);

        RegisterViewModel editor = vm.detailProperty().get().register();
        assertThat(editor.textProperty().get()).contains("\"note\"");
        assertThat(editor.parseStateProperty().get()).isEqualTo(RegisterViewModel.ParseState.VALID);
    }

    @Test
    void registerPreChecksAndStopsWithTheReasonsWhenIncompatible(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        service(sandbox, false).setCompatibility(subject, "BACKWARD");
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, null);
        RegisterViewModel editor = vm.detailProperty().get().register();

        editor.textProperty().set(V2_BAD);
        editor.registerCommand().execute();

        assertThat(editor.reportProperty().get().compatible()).isFalse();
        assertThat(editor.reasons()).singleElement().asString().contains("'qty'").contains("Avro's SchemaCompatibility");
        assertThat(editor.verdictProperty().get()).startsWith("Incompatible under BACKWARD").endsWith("not registered");
        assertThat(service(sandbox, false).versions(subject, true)).containsExactly(1);
    }

    @Test
    void compatibleVersionIsRegisteredAndListed(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, null);
        SubjectViewModel detail = vm.detailProperty().get();

        detail.register().textProperty().set(V2);
        detail.register().registerCommand().execute();

        assertThat(detail.register().verdictProperty().get()).startsWith("Registered: schema id ");
        assertThat(detail.versions()).extracting(VersionItem::version).containsExactly(1, 2);
        assertThat(detail.versions().get(1).latest()).isTrue();
        assertThat(vm.subjects().stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow()
                .versionText()).isEqualTo("2");
    }

    @Test
    void importedFileFillsTheEditorWithItsType(Sandbox sandbox) throws Exception {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, null);
        dialogs.importFile = Files.writeString(dir.resolve("next.avsc"), V2);
        RegisterViewModel editor = vm.detailProperty().get().register();

        editor.importCommand().execute();

        assertThat(editor.textProperty().get()).isEqualTo(V2);
        assertThat(editor.schemaTypeProperty().get()).isEqualTo("AVRO");
        assertThat(editor.parseStateProperty().get()).isEqualTo(RegisterViewModel.ParseState.VALID);
    }

    @Test
    void exportWritesThePrettyTextOfTheShownVersion(Sandbox sandbox) throws Exception {
        String subject = subject(sandbox, V1, V2);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, 1);
        dialogs.exportFile = dir;

        vm.detailProperty().get().deletes().exportCommand().execute();

        String written = Files.readString(dir.resolve(subject + "-v1.avsc"));
        assertThat(written).contains("\"name\": \"Vm\"").doesNotContain("note");
        assertThat(vm.detailProperty().get().statusProperty().get()).startsWith("Exported version 1");
    }

    @Test
    void compareNamesTheChangedFieldsBetweenTheTwoNewestVersions(Sandbox sandbox) {
        String subject = subject(sandbox, V1, V2);
        SchemasViewModel vm = vm(sandbox, false, Set.of());

        vm.showSubject(subject, null);

        SchemaDiffViewModel diff = vm.detailProperty().get().diff();
        assertThat(diff.fromProperty().get().version()).isEqualTo(1);
        assertThat(diff.toProperty().get().version()).isEqualTo(2);
        assertThat(diff.changes()).extracting(SchemaChange::path).containsExactly("Vm.note");
        assertThat(diff.summaryProperty().get()).isEqualTo("1 change from v1 to v2");
        assertThat(diff.lines()).anySatisfy(l -> assertThat(l.text()).contains("\"note\""));
    }

    @Test
    void versionIsSoftDeletedThenPurgedOnlyAfterTypingTheSubject(Sandbox sandbox) {
        String subject = subject(sandbox, V1, V2);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, 1);
        SubjectViewModel detail = vm.detailProperty().get();

        assertThat(detail.deletes().purgeVersionCommand().executableProperty().get()).isFalse();
        detail.deletes().deleteVersionCommand().execute();
        assertThat(detail.versions()).containsExactly(new VersionItem(1, true, false), new VersionItem(2, false, true));

        detail.selectVersion(1);
        dialogs.typed = "not the subject";
        detail.deletes().purgeVersionCommand().execute();
        assertThat(service(sandbox, false).versions(subject, true)).containsExactly(1, 2);
        dialogs.typed = null;
        detail.deletes().purgeVersionCommand().execute();

        assertThat(service(sandbox, false).versions(subject, true)).containsExactly(2);
        assertThat(detail.statusProperty().get()).isEqualTo("Version 1 deleted permanently");
    }

    @Test
    void subjectLevelIsSetAndResetToTheGlobalOne(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        vm.showSubject(subject, null);
        SubjectLevelViewModel level = vm.detailProperty().get().level();

        level.choiceProperty().set("FORWARD_TRANSITIVE");
        level.setCommand().execute();
        assertThat(level.descriptionProperty().get()).startsWith("set on this subject");
        assertThat(service(sandbox, false).compatibility(subject).own()).isEqualTo("FORWARD_TRANSITIVE");

        level.resetCommand().execute();
        assertThat(level.descriptionProperty().get()).isEqualTo("inherited from the global level");
        assertThat(service(sandbox, false).compatibility(subject).inherits()).isTrue();
    }

    @Test
    void readOnlyProfileOffersNoChangeAtAll(Sandbox sandbox) {
        String subject = subject(sandbox, V1);
        SchemasViewModel vm = vm(sandbox, true, Set.of());
        vm.showSubject(subject, 1);
        SubjectViewModel detail = vm.detailProperty().get();
        detail.register().textProperty().set(V2);
        detail.level().choiceProperty().set("NONE");
        vm.globalLevelChoiceProperty().set("FULL");

        assertThat(vm.canMutateProperty().get()).isFalse();
        assertThat(vm.newSubjectCommand().executableProperty().get()).isFalse();
        assertThat(vm.setGlobalLevelCommand().executableProperty().get()).isFalse();
        assertThat(detail.register().registerCommand().executableProperty().get()).isFalse();
        assertThat(detail.register().checkCommand().executableProperty().get()).isTrue();
        assertThat(detail.level().setCommand().executableProperty().get()).isFalse();
        assertThat(detail.deletes().deleteVersionCommand().executableProperty().get()).isFalse();
        assertThat(detail.deletes().deleteSubjectCommand().executableProperty().get()).isFalse();
        assertThat(detail.deletes().exportCommand().executableProperty().get()).isTrue();
    }

    @Test
    void newSubjectOpensTheEditorForIt(Sandbox sandbox) {
        SchemasViewModel vm = vm(sandbox, false, Set.of());
        String subject = "vm-" + UUID.randomUUID() + "-value";
        dialogs.subjectName = subject;

        vm.newSubjectCommand().execute();
        SubjectViewModel detail = vm.detailProperty().get();
        detail.register().textProperty().set(V1);
        detail.register().registerCommand().execute();

        assertThat(detail.subject()).isEqualTo(subject);
        assertThat(detail.sectionProperty().get()).isEqualTo(SubjectViewModel.Section.NEW_VERSION);
        assertThat(detail.versions()).extracting(VersionItem::version).containsExactly(1);
        assertThat(detail.register().reportProperty().get().newSubject()).isTrue();
        assertThat(vm.subjects()).extracting(SubjectRow::subject).contains(subject);
    }
}
