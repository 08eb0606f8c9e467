package org.oretrace.outreach.domain;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpRulesTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");
    private static final LocalDate SENT = LocalDate.of(2024, 1, 10);

    private SurveyRequest launchedRequest(FollowUpPolicy policy, LocalDate due) {
        Campaign campaign = new Campaign(ReportingYear.of(2023), due, "6.5", NOW);
        campaign.changePolicy(policy);
        campaign.launched(NOW, SENT);
        Supplier supplier = new Supplier("S-1", "Acme Castings", NOW);
        SurveyRequest request = new SurveyRequest(campaign, supplier);
        request.sent(SENT);
        return request;
    }

    @Test
    void remindersEscalationAndFinalNoticeFallOnTheirDays() {
        SurveyRequest request = launchedRequest(FollowUpPolicy.standard(), LocalDate.of(2024, 4, 30));

        assertThat(request.dueSteps(SENT.plusDays(13))).isEmpty();
        assertThat(request.dueSteps(SENT.plusDays(14))).extracting(FollowUpPolicy.Step::kind).containsExactly(MailKind.REMINDER);
        request.reminded(SENT.plusDays(14));
        assertThat(request.getState()).isEqualTo(RequestState.REMINDED);
        assertThat(request.dueSteps(SENT.plusDays(14))).as("same day again").isEmpty();
        assertThat(request.dueSteps(SENT.plusDays(27))).isEmpty();
        assertThat(request.dueSteps(SENT.plusDays(43))).extracting(FollowUpPolicy.Step::on)
                .containsExactly(SENT.plusDays(28), SENT.plusDays(42));
        request.reminded(SENT.plusDays(43));
        assertThat(request.dueSteps(SENT.plusDays(56))).extracting(FollowUpPolicy.Step::kind).containsExactly(MailKind.ESCALATION);
        request.escalated(SENT.plusDays(56));
        assertThat(request.getState()).isEqualTo(RequestState.ESCALATED);
        assertThat(request.dueSteps(LocalDate.of(2024, 4, 30))).extracting(FollowUpPolicy.Step::kind)
                .containsExactly(MailKind.FINAL_NOTICE);
    }

    @Test
    void anAnsweredRequestHasNoFurtherSteps() {
        SurveyRequest request = launchedRequest(FollowUpPolicy.standard(), LocalDate.of(2024, 4, 30));
        request.responded(7L, NOW);
        assertThat(request.dueSteps(SENT.plusDays(100))).isEmpty();
        assertThat(request.getState().isResponse()).isTrue();
    }

    @Test
    void aDeclarationThatNeedsFollowUpKeepsTheRequestOpen() {
        SurveyRequest request = launchedRequest(FollowUpPolicy.standard(), LocalDate.of(2024, 4, 30));
        request.needsFollowUp(8L, NOW);
        request.correctiveAction("Fix Q1", "Please answer question 1 for tin.");
        assertThat(request.getState()).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
        assertThat(request.dueSteps(SENT.plusDays(14))).extracting(FollowUpPolicy.Step::kind).containsExactly(MailKind.REMINDER);
    }

    @Test
    void policyIsEditableAndChecked() {
        FollowUpPolicy policy = new FollowUpPolicy(FollowUpPolicy.parseDays("21; 7"), null, false);
        assertThat(policy.reminderDays()).containsExactly(7, 21);
        assertThat(policy.steps(SENT, LocalDate.of(2024, 4, 30))).extracting(FollowUpPolicy.Step::kind)
                .containsExactly(MailKind.REMINDER, MailKind.REMINDER);
        assertThatThrownBy(() -> FollowUpPolicy.parseDays("two weeks")).isInstanceOf(BusinessRuleException.class).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> new FollowUpPolicy(List.of(0), 56, true)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("between 1 and 365");
    }

    @Test
    void templatesFillKnownPlaceholdersAndRejectUnknownOnes() {
        String filled = EmailTemplate.fill("Dear {contactName}, CMRT {reportingYear} of {supplierName} by {dueDate}. {x}",
                Map.of("contactName", "Anna", "reportingYear", "2023", "supplierName", "Kester $1 GmbH", "dueDate", "31 March 2024"));
        assertThat(filled).isEqualTo("Dear Anna, CMRT 2023 of Kester $1 GmbH by 31 March 2024. {x}");
        assertThat(EmailTemplate.unknownPlaceholders("{supplierName} {supplier} {due}")).containsExactly("{due}", "{supplier}");
        assertThatThrownBy(() -> new EmailTemplate(null, MailKind.REMINDER, "en", "Hi {name}", "Body", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("{name}");
    }

    @Test
    void supplierContactsKeepOnePrimaryAndSkipBouncingAddresses() {
        Supplier supplier = new Supplier("S-2", "Bolt & Nut Ltd", NOW);
        Contact first = supplier.addContact("First", "first@bolt.example", null, null);
        Contact second = supplier.addContact("Second", "second@bolt.example", null, "fr");
        assertThat(first.isPrimary()).isTrue();
        assertThat(second.isPrimary()).isFalse();
        first.markBouncing("550 user unknown");
        assertThat(supplier.addressee()).contains(second);
        supplier.makePrimary(second);
        assertThat(first.isPrimary()).isFalse();
        assertThatThrownBy(() -> supplier.addContact("Bad", "not-an-address", null, null)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("Not an email");
        assertThatThrownBy(() -> supplier.markUnreachable(" ")).isInstanceOf(BusinessRuleException.class).hasMessageContaining("Say why");
    }

    @Test
    void aSupplierWithoutCategoryIsAskedOnlyByACampaignThatChoseNoCategories() {
        Campaign campaign = new Campaign(ReportingYear.of(2023), LocalDate.of(2024, 3, 31), "6.5", NOW);
        Supplier uncategorised = new Supplier("S-9", "Pushed Without Category Ltd", NOW);
        assertThat(uncategorised.isSurveyable(campaign.getCategories())).isTrue();

        campaign.chooseCategories(List.of(new SupplierCategory("Castings", 1)));

        assertThat(uncategorised.isSurveyable(campaign.getCategories())).isFalse();
    }
}
