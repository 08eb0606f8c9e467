package org.oretrace.kernel.smelter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmelterIdTest {

    @Test
    void everyWaySuppliersWriteAnIdGivesTheCanonicalOne() {
        for (String typed : new String[]{"CID000035", "cid000035", "CID 35", "cid35", "CID-35", "CID#000035", "CID: 35",
                " 35 ", "0000035", "CID0000035"}) {
            assertThat(SmelterId.parse(typed)).as(typed).contains(new SmelterId("CID000035"));
        }
        assertThat(SmelterId.canonical("CID002763")).isEqualTo("CID002763");
        assertThat(SmelterId.parse("cid 1")).map(SmelterId::value).contains("CID000001");
    }

    @Test
    void textThatIsNoIdIsNone() {
        for (String typed : new String[]{null, "", "  ", "CID", "CIDX00035", "CID1234567", "unknown", "CID 12 34",
                "smelter not listed", "1" + "0".repeat(60)}) {
            assertThat(SmelterId.parse(typed)).as(typed).isEmpty();
            assertThat(SmelterId.canonical(typed)).as(typed).isNull();
        }
    }

    @Test
    void aDeclarationKeepsTextThatIsNoIdUpperCased() {
        assertThat(SmelterId.canonicalOrTyped("cid 1234")).isEqualTo("CID001234");
        assertThat(SmelterId.canonicalOrTyped(" unknown ")).isEqualTo("UNKNOWN");
        assertThat(SmelterId.canonicalOrTyped(null)).isNull();
    }

    @Test
    void equalityOrderAndTheCanonicalFormOnly() {
        assertThat(SmelterId.parse("cid 35")).contains(SmelterId.parse("CID000035").orElseThrow());
        assertThat(new SmelterId("CID000035")).isLessThan(new SmelterId("CID000100"));
        assertThat(new SmelterId("CID000035")).hasToString("CID000035");
        assertThat(SmelterId.isCanonical("CID000035")).isTrue();
        assertThat(SmelterId.isCanonical("cid000035")).isFalse();
        assertThatThrownBy(() -> new SmelterId("cid 35")).isInstanceOf(IllegalArgumentException.class);
    }
}
