package org.oretrace.outreach.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;

/** The outreach module's contract with the others, as docs/ARCHITECTURE.md states it (section "Rules the tests enforce"). */
@AnalyzeClasses(packages = "org.oretrace", importOptions = ImportOption.DoNotIncludeTests.class)
class OutreachArchitectureTest {

    @ArchTest
    static final ArchRule outreach_uses_other_modules_only_through_their_published_api =
            ModuleBoundaries.usesOtherModulesOnlyThroughTheirPublishedApi("outreach");

    @ArchTest
    static final ArchRule outreach_uses_no_entity_of_another_module = ModuleBoundaries.usesNoEntityOfAnotherModule("outreach");

    @ArchTest
    static final ArchRule outreach_names_no_table_of_another_module_in_sql = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("outreach");

    @ArchTest
    static final ArchRule outreach_rest_resources_and_faces_beans_use_application_services =
            ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("outreach");

    @ArchTest
    static final ArchRule outreach_publishes_only_interfaces_and_immutable_records =
            ModuleBoundaries.publishesOnlyInterfacesAndImmutableRecords("outreach");
}
