package org.oretrace.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The app assembles the modules and holds no business logic (docs/ARCHITECTURE.md). Its one exemption, stated here
 * rather than hidden: the demo loader ({@code org.oretrace.app.demo}) drives the modules' application services and
 * reads a few of their entities to load a demo year, as a person using every screen would.
 */
@AnalyzeClasses(packages = "org.oretrace", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    private static final String DEMO = "org.oretrace.app.demo..";

    @ArchTest
    static final ArchRule app_outside_the_demo_loader_uses_modules_only_through_their_published_api =
            noClasses().that().resideInAPackage("org.oretrace.app..").and().resideOutsideOfPackage(DEMO)
                    .should().dependOnClassesThat(ModuleBoundaries.internalToAModuleOtherThan("app"))
                    .as("app, outside the demo loader, uses the modules only through their published packages");

    @ArchTest
    static final ArchRule app_outside_the_demo_loader_uses_no_entity_of_a_module =
            noClasses().that().resideInAPackage("org.oretrace.app..").and().resideOutsideOfPackage(DEMO)
                    .should().dependOnClassesThat(ModuleBoundaries.entityOfAModuleOtherThan("app"))
                    .as("app, outside the demo loader, uses no entity of a module");

    @ArchTest
    static final ArchRule app_names_no_table_of_a_module_in_sql = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("app");

    @ArchTest
    static final ArchRule app_rest_resources_and_faces_beans_use_application_services =
            ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("app");
}
