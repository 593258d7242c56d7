package io.partita.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The UI's own rules: view models stay free of scene types, nothing in ui/ talks to Kafka or makes threads. */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partita.ui");

    @Test
    void viewModelsDoNotTouchScenesStagesOrFxml() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "javafx.application..")
                .check(UI);
    }

    @Test
    void uiDoesNotUseKafkaTypes() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..").check(UI);
    }

    @Test
    void uiRunsBackgroundWorkOnlyThroughTheTaskRunner() {
        noClasses().should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .check(UI);
    }
}
