package io.partita.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of CONVENTIONS.md, checked on the production classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partita");
    }

    @Test
    void kafkaClientTypesStayInKafkaAndSandbox() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("io.partita.kafka..", "io.partita.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .because("Kafka types are mapped to model/ records at the edge of kafka/");
        rule.check(classes);
    }

    @Test
    void onlyTheUiTouchesTheSceneGraph() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.partita.ui..")
                .and().doNotHaveSimpleName("PartitaApp")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("model, services, the CLI and async must run without a display");
        rule.check(classes);
    }

    @Test
    void viewModelsDoNotKnowTheSceneGraph() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view models are tested without the FX toolkit");
        rule.check(classes);
    }

    @Test
    void headlessPackagesDoNotUseJavaFxAtAll() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.partita.model..", "io.partita.kafka..",
                        "io.partita.schema..", "io.partita.profile..", "io.partita.sandbox..", "io.partita.cli..",
                        "io.partita.produce..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the CLI path must not need a display");
        rule.check(classes);
    }

    @Test
    void modelHasNoServiceDependencies() {
        ArchRule rule = noClasses().that().resideInAPackage("io.partita.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.partita.kafka..", "io.partita.schema..",
                        "io.partita.profile..", "io.partita.sandbox..", "io.partita.ui..", "io.partita.cli..",
                        "io.partita.async..", "com.fasterxml.jackson..");
        rule.check(classes);
    }

    @Test
    void threadsAreOnlyMadeByTheAsyncLayerAndTheServices() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("io.partita.async..", "io.partita.kafka..",
                        "io.partita.sandbox..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .orShould().accessClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .because("background work goes through the TaskRunner");
        rule.check(classes);
    }
}
