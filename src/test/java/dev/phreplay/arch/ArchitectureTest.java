package dev.phreplay.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core reads and rebuilds recordings with no JavaFX, so the command line and tests need no display. */
@AnalyzeClasses(packages = "dev.phreplay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "dev.phreplay.format..", "dev.phreplay.event..", "dev.phreplay.dom..", "dev.phreplay.replay..",
        "dev.phreplay.inspect..", "dev.phreplay.redact..", "dev.phreplay.util.."};

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "netscape.javascript..", "org.controlsfx..")
            .because("the core must run without a display: the command line and the mirror use it headless");

    @ArchTest
    static final ArchRule coreDoesNotUseTheShells = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.phreplay.ui..", "dev.phreplay.cli..", "picocli..")
            .because("ui and cli sit on top of the core, never the reverse");

    @ArchTest
    static final ArchRule uiDoesNotParseFiles = noClasses().that().resideInAPackage("dev.phreplay.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..", "org.apache.commons.compress..",
                    "java.util.zip..")
            .because("the UI shows what the core read; reading and verifying files is the core's job")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyThePlayerLauncherOpensTheUi = noClasses().that().resideInAPackage("dev.phreplay.cli..")
            .and().doNotHaveFullyQualifiedName("dev.phreplay.cli.PlayerLauncher")
            .should().dependOnClassesThat().resideInAnyPackage("dev.phreplay.ui..", "javafx..")
            .because("the command line runs without JavaFX; only PlayerLauncher starts the player or the headless renderer");
}
