package nl.casustafel;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of architecture.md: ui -> service -> store -> domain; app wires everything. {@code security} (key
 * derivation, key slots, login throttle, audit chain) sits beside the domain: used by store, service and app,
 * never by the UI, which goes through the services.
 */
@AnalyzeClasses(packages = "nl.casustafel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("App").definedBy("nl.casustafel.app..")
            .layer("Ui").definedBy("nl.casustafel.ui..")
            .layer("Service").definedBy("nl.casustafel.service..")
            .layer("Store").definedBy("nl.casustafel.store..")
            .layer("Domain").definedBy("nl.casustafel.domain..")
            .layer("Minutes").definedBy("nl.casustafel.minutes..")
            .layer("Exchange").definedBy("nl.casustafel.exchange..")
            .layer("Files").definedBy("nl.casustafel.files..")
            .layer("Security").definedBy("nl.casustafel.security..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Minutes").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Service", "Minutes", "Exchange", "App")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Store", "Service", "App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ui", "Service", "Store", "Minutes", "Exchange", "Security",
                    "App");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("nl.casustafel.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "org.slf4j..", "java.io..", "java.nio.file..", "org.h2..", "org.flywaydb..");

    /** Crypto and chain logic know no database, no UI and no use case: they can be checked on their own. */
    @ArchTest
    static final ArchRule securityIsSelfContained = noClasses().that().resideInAPackage("nl.casustafel.security..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..", "nl.casustafel.store..", "nl.casustafel.service..", "nl.casustafel.ui..");

    @ArchTest
    static final ArchRule uiDoesNotTouchTheDatabase = noClasses().that().resideInAPackage("nl.casustafel.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule servicesDoNotUseJavaFx = noClasses().that().resideInAnyPackage("nl.casustafel.service..",
            "nl.casustafel.store..").should().dependOnClassesThat().resideInAPackage("javafx..");

    /** No cycles between the top-level packages (app, ui, service, store, domain...). */
    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("nl.casustafel.(*)..").should().beFreeOfCycles();

    /** No cycles between the features inside a layer (ui.household, ui.shell, service.household...). */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("nl.casustafel.(*).(*)..").should()
            .beFreeOfCycles();
}
