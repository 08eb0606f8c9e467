package org.oretrace.filing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.infrastructure.ModuleFilingSources;
import org.oretrace.kernel.testing.architecture.ModuleBoundaries;
import org.oretrace.kernel.testing.architecture.TableOwnership;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary rules are not vacuous: a class that breaks them is caught, and the production class they check is not. */
class BoundaryRulesCatchViolationsTest {

    private static final String FIXTURE = "org.oretrace.filing.web.ViolatingBoundariesFixture";

    private final JavaClasses fixture = new ClassFileImporter().importClasses(fixtureClass());

    @Test
    void anotherModulesInternalsAreCaught() {
        EvaluationResult result = ModuleBoundaries.usesOtherModulesOnlyThroughTheirPublishedApi("filing").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("org.oretrace.intake.domain.Declaration"));
    }

    @Test
    void anotherModulesEntitiesAreCaught() {
        assertThat(ModuleBoundaries.usesNoEntityOfAnotherModule("filing").evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void nativeSqlOnAnotherModulesTablesIsCaughtButItsViewsAreAllowed() {
        EvaluationResult result = ModuleBoundaries.namesNoTableOfAnotherModuleInSql("filing").evaluate(fixture);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("table supplier owned by outreach"))
                .anyMatch(d -> d.contains("table survey_request owned by outreach"))
                .noneMatch(d -> d.contains("outreach_supplier_name"));
        // the production consolidation reads only views, and passes
        assertThat(ModuleBoundaries.namesNoTableOfAnotherModuleInSql("filing")
                .evaluate(new ClassFileImporter().importClasses(ModuleFilingSources.class)).hasViolation()).isFalse();
    }

    @Test
    void aFacesBeanWithAnEntityManagerIsCaught() {
        assertThat(ModuleBoundaries.restResourcesAndFacesBeansUseApplicationServices("filing").evaluate(fixture).hasViolation())
                .isTrue();
    }

    @Test
    void tableOwnershipComesFromTheMigrations() {
        TableOwnership ownership = TableOwnership.fromClassPath();
        assertThat(ownership.owner("survey_request")).hasValueSatisfying(o -> assertThat(o.module()).isEqualTo("outreach"));
        assertThat(ownership.owner("intake_smelter_row")).hasValueSatisfying(o -> assertThat(o.view()).isFalse());
        assertThat(ownership.owner("intake_accepted_declaration")).hasValueSatisfying(o -> {
            assertThat(o.module()).isEqualTo("intake");
            assertThat(o.view()).isTrue();
        });
        assertThat(ownership.owner("filing")).hasValueSatisfying(o -> assertThat(o.module()).isEqualTo("filing"));
    }

    private static Class<?> fixtureClass() {
        try {
            return Class.forName(FIXTURE);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
