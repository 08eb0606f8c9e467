package org.oretrace.outreach.application;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A campaign asking for the CMRT and the EMRT: a supplier that answers one is PARTIAL and is still reminded, of the
 * missing template only (named in the mail and attached); a campaign asking one template behaves as before.
 */
class CampaignTemplatesTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");
    private static final LocalDate SENT = LocalDate.of(2024, 1, 10);

    private static SurveyRequest request(List<RmiTemplate> templates) {
        Campaign campaign = new Campaign(ReportingYear.of(2023), LocalDate.of(2024, 4, 30), "6.5", NOW);
        campaign.askFor(templates);
        campaign.changePolicy(FollowUpPolicy.standard());
        campaign.signAs("Jane Doe, Compliance");
        campaign.launched(NOW, SENT);
        SurveyRequest request = new SurveyRequest(campaign, new Supplier("S-1", "Acme Castings", NOW));
        request.sent(SENT);
        return request;
    }

    @Test
    void aSupplierThatAnswersOneOfTwoTemplatesIsPartialAndRemindedOfTheOther() {
        SurveyRequest request = request(List.of(RmiTemplate.EMRT, RmiTemplate.CMRT));
        assertThat(request.getCampaign().getTemplates()).as("CMRT first").containsExactly(RmiTemplate.CMRT, RmiTemplate.EMRT);
        assertThat(RequestMailer.concerned(request, MailKind.REQUEST)).containsExactly(RmiTemplate.CMRT, RmiTemplate.EMRT);

        request.responded(RmiTemplate.CMRT, 7L, NOW.plusSeconds(86_400));
        assertThat(request.getState()).isEqualTo(RequestState.PARTIAL);
        assertThat(request.getState().isResponse()).isFalse();
        assertThat(request.getRespondedAt()).isNull();
        assertThat(request.missingTemplates()).containsExactly(RmiTemplate.EMRT);
        assertThat(request.templatesBack()).isEqualTo("CMRT back, EMRT missing");
        assertThat(request.dueSteps(SENT.plusDays(14))).as("reminders continue").extracting(FollowUpPolicy.Step::kind)
                .containsExactly(MailKind.REMINDER);
        assertThat(RequestMailer.concerned(request, MailKind.REMINDER)).containsExactly(RmiTemplate.EMRT);
        assertThat(RequestMailer.concerned(request, MailKind.FINAL_NOTICE)).containsExactly(RmiTemplate.EMRT);
        request.reminded(SENT.plusDays(14));
        assertThat(request.getState()).as("a reminder leaves it partial").isEqualTo(RequestState.PARTIAL);
        request.unreachable();
        assertThat(request.getState()).as("something came back").isEqualTo(RequestState.PARTIAL);

        request.needsFollowUp(RmiTemplate.EMRT, 8L, NOW.plusSeconds(5 * 86_400));
        assertThat(request.getState()).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
        assertThat(request.getRespondedAt()).isEqualTo(NOW.plusSeconds(5 * 86_400));
        assertThat(request.getDeclarationId()).isEqualTo(8L);
        request.responded(RmiTemplate.EMRT, 9L, NOW.plusSeconds(9 * 86_400));
        assertThat(request.getState()).as("the corrected EMRT").isEqualTo(RequestState.RESPONDED);
        assertThat(request.answeredAt(RmiTemplate.EMRT)).as("first came back").isEqualTo(NOW.plusSeconds(5 * 86_400));
        assertThat(request.dueSteps(SENT.plusDays(28))).isEmpty();
    }

    @Test
    void aTemplateTheCampaignDidNotAskForIsKeptButChangesNothing() {
        SurveyRequest request = request(List.of(RmiTemplate.CMRT));
        request.responded(RmiTemplate.EMRT, 3L, NOW);
        assertThat(request.getState()).isEqualTo(RequestState.SENT);
        assertThat(request.templatesBack()).as("one template asked: nothing to say").isEmpty();
        assertThat(request.answerOf(RmiTemplate.EMRT)).isEqualTo(RequestState.RESPONDED);
        request.responded(3L, NOW);
        assertThat(request.getState()).isEqualTo(RequestState.RESPONDED);
    }

    @Test
    void aCorrectiveActionOnAOneTemplateCampaignIsThatTemplatesAnswer() {
        SurveyRequest request = request(List.of(RmiTemplate.EMRT));
        request.correctiveAction("Corrections", "Please fix the mine list");
        assertThat(request.getState()).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
        assertThat(request.answerOf(RmiTemplate.EMRT)).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
        assertThat(request.answeredAt(RmiTemplate.EMRT)).as("no file date known").isNull();
    }

    @Test
    void theTemplatesAskedAreCmrtEmrtOrBothAndChangeOnlyBeforeTheLaunch() {
        Campaign draft = new Campaign(ReportingYear.of(2023), LocalDate.of(2024, 4, 30), "6.5", NOW);
        assertThat(draft.getTemplates()).as("default").containsExactly(RmiTemplate.CMRT);
        assertThatThrownBy(() -> draft.askFor(List.of())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("the CMRT, the EMRT or both");
        assertThatThrownBy(() -> draft.askFor(List.of(RmiTemplate.CRT))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not the CRT");
        assertThatThrownBy(() -> draft.requestEmrtVersion("two")).isInstanceOf(BusinessRuleException.class);
        draft.requestEmrtVersion("1.3");
        assertThat(draft.versionOf(RmiTemplate.EMRT)).isEqualTo("1.3");
        draft.launched(NOW, SENT);
        draft.askFor(List.of(RmiTemplate.CMRT));
        assertThatThrownBy(() -> draft.askFor(List.of(RmiTemplate.CMRT, RmiTemplate.EMRT))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("too late to change the templates");
    }

    @Test
    void theMailsNameTheTemplatesTheyAreAbout() {
        SurveyRequest request = request(List.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
        EmailTemplates templates = new EmailTemplates();
        Campaign campaign = request.getCampaign();
        Supplier supplier = request.getSupplier();
        RenderedMail first = templates.render(DefaultTemplates.of(MailKind.REQUEST), campaign,
                RequestMailer.concerned(request, MailKind.REQUEST), supplier, "Ann", "en");
        assertThat(first.subject()).isEqualTo("Conflict minerals survey 2023: please return your CMRT and EMRT by April 30, 2024");
        assertThat(first.body()).contains("Please complete the attached Conflict Minerals Reporting Template (CMRT) and "
                + "Extended Minerals Reporting Template (EMRT) of the Responsible Minerals Initiative for Acme Castings");
        request.responded(RmiTemplate.CMRT, 1L, NOW);
        RenderedMail reminder = templates.render(DefaultTemplates.of(MailKind.REMINDER), campaign,
                RequestMailer.concerned(request, MailKind.REMINDER), supplier, "Ann", "en");
        assertThat(reminder.subject()).isEqualTo("Reminder: conflict minerals survey 2023 (EMRT due April 30, 2024)");
        assertThat(reminder.body()).contains("not yet received the Extended Minerals Reporting Template (EMRT) of Acme Castings")
                .doesNotContain("(CMRT)");
        RenderedMail own = templates.render(new TemplateText("Survey {reportingYear}", "Dear {contactName}, please answer.",
                "campaign"), campaign, RequestMailer.concerned(request, MailKind.REMINDER), supplier, "Ann", "en");
        assertThat(own.body()).as("a text of our own that names no template").endsWith(
                "Templates asked: Extended Minerals Reporting Template (EMRT).\n");

        SurveyRequest cmrtOnly = request(List.of(RmiTemplate.CMRT));
        RenderedMail plain = templates.render(DefaultTemplates.of(MailKind.REQUEST), cmrtOnly.getCampaign(),
                RequestMailer.concerned(cmrtOnly, MailKind.REQUEST), cmrtOnly.getSupplier(), "Ann", "en");
        assertThat(plain.subject()).as("as before the EMRT").isEqualTo(
                "Conflict minerals survey 2023: please return your CMRT by April 30, 2024");
        assertThat(plain.body()).contains("Please complete the attached Conflict Minerals Reporting Template (CMRT) of the "
                + "Responsible Minerals Initiative").doesNotContain("Templates asked");
    }
}
