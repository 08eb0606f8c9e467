package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.CampaignStatus;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.published.SupplierRequests;

import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Outreach's published {@link SupplierRequests}, answered by its campaign, request and outbox services. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedSupplierRequests implements SupplierRequests {

    @Inject
    Campaigns campaigns;

    @Inject
    SurveyRequests requests;

    @Inject
    Outbox outbox;

    @Override
    public Optional<String> cmrtVersion(int reportingYear) {
        return campaigns.find(reportingYear).map(Campaign::getCmrtVersion);
    }

    @Override
    public Optional<Integer> currentYear(long supplierId) {
        List<SurveyRequest> asked = requests.ofSupplier(supplierId);
        return asked.stream().filter(r -> r.getCampaign().getStatus() == CampaignStatus.LAUNCHED).findFirst()
                .or(() -> asked.stream().findFirst())
                .map(r -> r.getCampaign().getReportingYear());
    }

    @Override
    public Optional<Integer> runningYear() {
        return campaigns.list().stream().filter(c -> c.getStatus() == CampaignStatus.LAUNCHED).findFirst()
                .map(Campaign::getReportingYear);
    }

    @Override
    public Set<RmiTemplate> templatesAsked(long supplierId, int reportingYear) {
        return requests.find(supplierId, reportingYear).map(SurveyRequest::getTemplates)
                .filter(t -> !t.isEmpty()).<Set<RmiTemplate>>map(EnumSet::copyOf).orElseGet(Set::of);
    }

    @Override
    public boolean asked(long supplierId, int reportingYear) {
        return requests.find(supplierId, reportingYear).isPresent();
    }

    @Override
    public Optional<String> addressee(long supplierId, int reportingYear) {
        return requests.find(supplierId, reportingYear).flatMap(r -> r.getSupplier().addressee()).map(Contact::getEmail);
    }

    @Override
    @Transactional
    public CorrectiveActionMail sendCorrectiveAction(Long supplierId, Integer reportingYear, String to, String subject,
                                                     String body) {
        if (supplierId != null && reportingYear != null && asked(supplierId, reportingYear)) {
            Optional<OutboxMessage> queued = requests.correctiveActionRequested(supplierId, reportingYear, subject, body);
            return new CorrectiveActionMail(queued.map(OutboxMessage::getTo).orElse(null), true);
        }
        if (to == null || to.isBlank()) {
            throw new BusinessRuleException("Give the supplier's email address to send the corrective action to");
        }
        if (!to.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("Not an email address: " + to.strip() + " (write the supplier's address as name@company.com)");
        }
        outbox.queue(MailKind.CORRECTIVE_ACTION, to.strip(), List.of(), new RenderedMail(subject, body), null, null, List.of());
        return new CorrectiveActionMail(to.strip(), false);
    }
}
