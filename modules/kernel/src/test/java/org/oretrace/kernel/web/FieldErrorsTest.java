package org.oretrace.kernel.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldErrorsTest {

    private final FieldErrors form = FieldErrors.at("create:year")
            .when("due date", "create:dueDate")
            .when("reminder days", "create:reminders")
            .when("escalation", "create:escalation");

    @Test
    void aRefusalGoesToTheFieldItsWordsName() {
        assertThat(form.fieldOf("A campaign needs a due date")).isEqualTo("create:dueDate");
        assertThat(form.fieldOf("Reminder days must be between 1 and 365, not 400")).isEqualTo("create:reminders");
        assertThat(form.fieldOf("The ESCALATION day must be between 1 and 365, not 0")).isEqualTo("create:escalation");
    }

    @Test
    void aRefusalNoRuleClaimsGoesToTheFirstField() {
        assertThat(form.fieldOf("There is already a 2024 campaign")).isEqualTo("create:year");
        assertThat(form.fieldOf(null)).isEqualTo("create:year");
    }
}
