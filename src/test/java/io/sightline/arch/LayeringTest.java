package io.sightline.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps JavaFX in the UI: everything else must run headless, in the CLI and in CI (DESIGN.md). */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sightline");

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.sightline.ui..")
                .and().doNotHaveFullyQualifiedName("io.sightline.GuiLauncher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the core, the CLI and the demo run with no display")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotDependOnTheUi() {
        noClasses().that().resideOutsideOfPackages("io.sightline.ui..")
                .and().doNotHaveFullyQualifiedName("io.sightline.GuiLauncher")
                .should().dependOnClassesThat().resideInAPackage("io.sightline.ui..")
                .check(CLASSES);
    }
}
