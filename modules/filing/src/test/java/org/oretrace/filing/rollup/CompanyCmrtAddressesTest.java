package org.oretrace.filing.rollup;

import org.junit.jupiter.api.Test;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The addresses on our own CMRT and EMRT go to our customers, who write back to them: the same address rule as for
 * supplier contacts (kernel EmailAddress), refused with what to do; empty stays allowed (the pre-generation check asks
 * for the contact's email when it is missing).
 */
class CompanyCmrtAddressesTest {

    private static final Instant NOW = Instant.parse("2024-05-20T10:00:00Z");

    @Test
    void aContactOrAuthorizerAddressThatIsNoneIsRefusedWithWhatToDo() {
        for (RmiTemplate kind : new RmiTemplate[]{RmiTemplate.CMRT, RmiTemplate.EMRT}) {
            CompanyCmrt draft = new CompanyCmrt(kind, 2023, 1, NOW, "alice");
            assertThatThrownBy(() -> draft.choose(false, null, null, "ann.chen at example", null, null, null))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("Contact's email is not an email address: ann.chen at example"
                            + " (write it as name@company.com, or leave it empty)");
            assertThatThrownBy(() -> draft.choose(false, null, null, "ann.chen@oc.test", "bo.martin@", null, null))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("Authorizer's email is not an email address: bo.martin@");
            assertThat(draft.getContactEmail()).as("nothing of a refused choice is kept").isNull();

            draft.choose(false, null, null, " ann.chen@oc.test ", "", null, null);
            assertThat(draft.getContactEmail()).isEqualTo("ann.chen@oc.test");
            assertThat(draft.getAuthorizerEmail()).isNull();
        }
    }
}
