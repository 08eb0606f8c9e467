package org.oretrace.filing.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;

/** The filing module's contract with the others, as docs/ARCHITECTURE.md states it (section "Rules the tests enforce"). */
@AnalyzeClasses(packages = "org.oretrace", importOptions = ImportOption.DoNotIncludeTests.class)
class FilingArchitectureTest {

    @ArchTest
    static final ArchRule filing_uses_other_modules_only_through_their_published_api =
            ModuleBoundaries.usesOtherModulesOnlyThroughTheirPublishedApi("filing");

    @ArchTest
    static final ArchRule filing_uses_no_entity_of_another_module = ModuleBoundaries.usesNoEntityOfAnotherModule("filing");

    @ArchTest
    static final ArchRule filing_names_no_table_of_another_module_in_sql = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("filing");

    @ArchTest
    static final ArchRule filing_rest_resources_and_faces_beans_use_application_services =
            ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("filing");

    @ArchTest
    static final ArchRule filing_publishes_only_interfaces_and_immutable_records =
            ModuleBoundaries.publishesOnlyInterfacesAndImmutableRecords("filing");
}
