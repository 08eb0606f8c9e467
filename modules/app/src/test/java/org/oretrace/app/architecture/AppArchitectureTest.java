package org.oretrace.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The app assembles the modules and holds no business logic (docs/ARCHITECTURE.md). Its one exemption, stated here
 * rather than hidden: the demo loader ({@code org.oretrace.app.demo}) drives the modules' application services and
 * reads a few of their entities to load a demo year, as a person using every screen would. Publishing every operation
 * the demo performs (creating suppliers, starting campaigns, logging calls, recording risk reviews, confirming
 * sanctions hits, starting a filing) would make each published package as large as its application layer, for one
 * caller that never runs in production. The exemption is narrow: the demo uses modules' application services and the
 * domain types they take and return, never their screens, REST resources or infrastructure (intake's
 * {@code CmrtWriter} and {@code EmrtWriter} aside: they write the demo's CMRT and EMRT workbooks as a supplier's Excel
 * would).
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
    static final ArchRule the_demo_loader_uses_application_services_not_screens_resources_or_infrastructure =
            noClasses().that().resideInAPackage(DEMO)
                    .should().dependOnClassesThat(DescribedPredicate.describe("a module's web, api or infrastructure class",
                            (JavaClass c) -> ModuleBoundaries.BUSINESS_MODULES.stream().anyMatch(m ->
                                    c.getPackageName().matches("org\\.oretrace\\." + m + "(\\.rollup)?\\.(web|api|infrastructure)(\\..*)?"))
                                    && !c.getName().startsWith("org.oretrace.intake.infrastructure.CmrtWriter")
                                    && !c.getName().startsWith("org.oretrace.intake.infrastructure.EmrtWriter")))
                    .as("the demo loader drives application services, never a module's screens, REST resources or "
                            + "infrastructure (intake's CmrtWriter and EmrtWriter aside)");

    @ArchTest
    static final ArchRule app_names_no_table_of_a_module_in_sql = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("app");

    @ArchTest
    static final ArchRule app_rest_resources_and_faces_beans_use_application_services =
            ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("app");

    /** Why: a managed executor's task shares the submitting request's entity managers on Payara 6 (see BackgroundWork). */
    @ArchTest
    static final ArchRule background_work_runs_through_the_kernel_not_a_managed_executor =
            noClasses().that().resideOutsideOfPackage("org.oretrace.kernel.concurrent..")
                    .should().dependOnClassesThat().resideInAPackage("jakarta.enterprise.concurrent..")
                    .because("every module's background work goes through org.oretrace.kernel.concurrent.BackgroundWork");

    @ArchTest
    static final ArchRule no_module_looks_up_an_executor_of_the_container =
            noFields().that().areAnnotatedWith(jakarta.annotation.Resource.class)
                    .should().haveRawType(JavaClass.Predicates.assignableTo(java.util.concurrent.Executor.class))
                    .because("every module's background work goes through org.oretrace.kernel.concurrent.BackgroundWork");
}
