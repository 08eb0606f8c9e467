package org.oretrace.registry.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;

/** The registry module's contract with the others, as docs/ARCHITECTURE.md states it (section "Rules the tests enforce"). */
@AnalyzeClasses(packages = "org.oretrace", importOptions = ImportOption.DoNotIncludeTests.class)
class RegistryArchitectureTest {

    @ArchTest
    static final ArchRule registry_uses_other_modules_only_through_their_published_api =
            ModuleBoundaries.usesOtherModulesOnlyThroughTheirPublishedApi("registry");

    @ArchTest
    static final ArchRule registry_uses_no_entity_of_another_module = ModuleBoundaries.usesNoEntityOfAnotherModule("registry");

    @ArchTest
    static final ArchRule registry_names_no_table_of_another_module_in_sql = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("registry");

    @ArchTest
    static final ArchRule registry_rest_resources_and_faces_beans_use_application_services =
            ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("registry");

    @ArchTest
    static final ArchRule registry_publishes_only_interfaces_and_immutable_records =
            ModuleBoundaries.publishesOnlyInterfacesAndImmutableRecords("registry");
}
