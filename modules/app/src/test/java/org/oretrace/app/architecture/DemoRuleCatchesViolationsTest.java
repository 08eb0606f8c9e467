package org.oretrace.app.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.oretrace.app.demo.DemoRuleFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loader's narrowed exemption is a rule that can fail: a module's screen bean breaks it, CmrtWriter and
 * EmrtWriter do not.
 */
class DemoRuleCatchesViolationsTest {

    @Test
    void aDemoClassUsingAModulesScreenBreaksTheRule() {
        var result = AppArchitectureTest.the_demo_loader_uses_application_services_not_screens_resources_or_infrastructure
                .evaluate(new ClassFileImporter().importClasses(DemoRuleFixtures.UsesAScreen.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("RegistryWork"));
    }

    @Test
    void writingACmrtAndAnEmrtWithIntakesWritersIsTheStatedException() {
        var result = AppArchitectureTest.the_demo_loader_uses_application_services_not_screens_resources_or_infrastructure
                .evaluate(new ClassFileImporter().importClasses(DemoRuleFixtures.WritesACmrt.class));
        assertThat(result.hasViolation()).isFalse();
    }
}
