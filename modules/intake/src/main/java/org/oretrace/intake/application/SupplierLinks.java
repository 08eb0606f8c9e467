package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.kernel.InputLimits;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.CampaignStatus;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What intake asks outreach about a declaration: its supplier, that supplier's campaign and request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierLinks {

    /** More would only be suppliers that share a mail domain: a person then picks from the master. */
    static final int SUGGESTIONS = 5;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Suppliers suppliers;

    @Inject
    Campaigns campaigns;

    @Inject
    SurveyRequests requests;

    @Inject
    IntakeSettings settings;

    /** The CMRT revision asked for in the year: the campaign's, or the configured one only when there is no campaign. */
    public String expectedTemplateVersion(Integer reportingYear) {
        Optional<String> asked = reportingYear == null ? Optional.empty()
                : campaigns.find(reportingYear).map(Campaign::getCmrtVersion);
        return asked.orElseGet(settings::expectedTemplateVersion);
    }

    /**
     * The reporting year a CMRT from this supplier most likely answers when it came without one: the
     * running campaign that asked the supplier, else the latest that did.
     */
    public Optional<Integer> currentYear(long supplierId) {
        List<SurveyRequest> asked = requests.ofSupplier(supplierId);
        return asked.stream().filter(r -> r.getCampaign().getStatus() == CampaignStatus.LAUNCHED).findFirst()
                .or(() -> asked.stream().findFirst())
                .map(r -> r.getCampaign().getReportingYear());
    }

    /** The year of the running campaign (the latest, should several run at once), if any. */
    public Optional<Integer> runningYear() {
        return campaigns.list().stream().filter(c -> c.getStatus() == CampaignStatus.LAUNCHED).findFirst()
                .map(Campaign::getReportingYear);
    }

    /** The supplier with exactly this supplier number, if any. */
    public Optional<Supplier> supplierNumbered(String number) {
        if (number == null || number.isBlank() || number.length() > InputLimits.SEARCH_CHARACTERS) {
            // longer than any supplier number: none (a picker's text is not a request to refuse)
            return Optional.empty();
        }
        return suppliers.search(new Suppliers.Filter(number.strip(), null, null, null, null, null)).stream()
                .filter(s -> s.getSupplierNumber().equalsIgnoreCase(number.strip())).findFirst();
    }

    /** The suppliers the file points to, best first, at most {@value #SUGGESTIONS} (empty for a linked declaration). */
    public List<SupplierSuggestions.Suggestion> suggest(Declaration d) {
        if (d.getSupplierId() != null) {
            return List.of();
        }
        SupplierSuggestions.Sender sender = new SupplierSuggestions.Sender(d.getCompany().getName(),
                d.getCompany().getContactEmail(), d.getCompany().getAuthorizerEmail(), d.getMailFrom());
        List<SupplierSuggestions.Candidate> candidates = suppliers.withContacts().stream()
                .map(s -> new SupplierSuggestions.Candidate(s.getId(), s.getSupplierNumber(), s.getName(),
                        s.getContacts().stream().map(Contact::getEmail).toList()))
                .toList();
        return SupplierSuggestions.rank(sender, candidates).stream().limit(SUGGESTIONS).toList();
    }

    /**
     * The supplier with this id, if any. Read directly: outreach's {@code Suppliers.get} throws for an
     * unknown id, which would mark the caller's transaction for rollback.
     */
    public Optional<Supplier> supplier(Long supplierId) {
        return supplierId == null ? Optional.empty() : Optional.ofNullable(em.find(Supplier.class, supplierId));
    }

    /** Suppliers whose name or number contains the text, for a person choosing one by hand. */
    public List<Supplier> search(String text, int max) {
        if (text != null && text.length() > InputLimits.SEARCH_CHARACTERS) {
            return List.of();
        }
        return suppliers.search(new Suppliers.Filter(text, null, null, null, null, null)).stream()
                .sorted(Comparator.comparing(Supplier::getName, String.CASE_INSENSITIVE_ORDER)).limit(max).toList();
    }

    /** The supplier's request of the declaration's year, when the declaration belongs to one. */
    public Optional<SurveyRequest> request(Declaration d) {
        if (d.getSupplierId() == null || d.getReportingYear() == null) {
            return Optional.empty();
        }
        return requests.find(d.getSupplierId(), d.getReportingYear());
    }

    /** Where outreach mails that request's supplier (its primary or first reachable contact). */
    public Optional<String> addressee(SurveyRequest request) {
        return request.getSupplier().addressee().map(Contact::getEmail);
    }
}
