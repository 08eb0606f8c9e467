package org.oretrace.app.demo;

import org.oretrace.intake.infrastructure.CmrtWriter;
import org.oretrace.intake.infrastructure.EmrtWriter;
import org.oretrace.registry.web.RegistryWork;

/** Classes in the demo loader's package for {@code DemoRuleCatchesViolationsTest}: one breaks the demo's rule, one does not. */
public final class DemoRuleFixtures {

    private DemoRuleFixtures() {
    }

    /** Uses a registry screen's bean: the demo must drive application services instead. */
    public static final class UsesAScreen {
        public Object work(RegistryWork screen) {
            return screen.today();
        }
    }

    /** Writes a CMRT and an EMRT workbook with intake's CmrtWriter and EmrtWriter: the rule's stated exceptions. */
    public static final class WritesACmrt {
        public byte[] cmrt() {
            return new CmrtWriter("6.31", "English").toBytes();
        }

        public byte[] emrt() {
            return new EmrtWriter("2.1", "English").toBytes();
        }
    }
}
