package org.oretrace.intake.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The supplier number read back from the upload picker's choice. */
class UploadBeanTest {

    @Test
    void theNumberIsTheLastParenthesisedPartSoNamesMayHoldParentheses() {
        assertThat(UploadBean.numberIn("UP Supplier 1 GmbH (UP-001)")).isEqualTo("UP-001");
        assertThat(UploadBean.numberIn(" Acme (Shenzhen) Co., Ltd. ( S-100 ) ")).isEqualTo("S-100");
    }

    @Test
    void textThatIsNoChoiceIsTakenAsTheNumberItself() {
        assertThat(UploadBean.numberIn("S-100")).isEqualTo("S-100");
        assertThat(UploadBean.numberIn("Acme (Shenzhen) Co")).isEqualTo("Acme (Shenzhen) Co");
    }
}
