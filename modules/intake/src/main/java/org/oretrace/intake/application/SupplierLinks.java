package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.kernel.InputLimits;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.published.SupplierCard;
import org.oretrace.outreach.published.SupplierDirectory;
import org.oretrace.outreach.published.SupplierRequests;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What intake asks outreach about a declaration: its supplier, that supplier's campaign and request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierLinks {

    /** More would only be suppliers that share a mail domain: a person then picks from the master. */
    static final int SUGGESTIONS = 5;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    SupplierRequests requests;

    @Inject
    IntakeSettings settings;

    /** The CMRT revision asked for in the year: the campaign's, or the configured one only when there is no campaign. */
    public String expectedTemplateVersion(Integer reportingYear) {
        Optional<String> asked = reportingYear == null ? Optional.empty()
                : requests.cmrtVersion(reportingYear);
        return asked.orElseGet(settings::expectedTemplateVersion);
    }

    /**
     * The RMI templates the supplier's request of the year asked for (outreach's campaign: CMRT, EMRT or both); the
     * CMRT alone for a file without supplier or year, or from a supplier the year's campaign did not ask.
     */
    public Set<RmiTemplate> templatesAsked(Long supplierId, Integer reportingYear) {
        if (supplierId == null || reportingYear == null) {
            return Set.of(RmiTemplate.CMRT);
        }
        Set<RmiTemplate> asked = requests.templatesAsked(supplierId, reportingYear);
        return asked.isEmpty() ? Set.of(RmiTemplate.CMRT) : asked;
    }

    /**
     * The reporting year a CMRT from this supplier most likely answers when it came without one: the
     * running campaign that asked the supplier, else the latest that did.
     */
    public Optional<Integer> currentYear(long supplierId) {
        return requests.currentYear(supplierId);
    }

    /** The year of the running campaign (the latest, should several run at once), if any. */
    public Optional<Integer> runningYear() {
        return requests.runningYear();
    }

    /** The supplier with exactly this supplier number, if any. */
    public Optional<SupplierCard> supplierNumbered(String number) {
        if (number == null || number.isBlank() || number.length() > InputLimits.SEARCH_CHARACTERS) {
            // longer than any supplier number: none (a picker's text is not a request to refuse)
            return Optional.empty();
        }
        return suppliers.numbered(number);
    }

    /** The suppliers the file points to, best first, at most {@value #SUGGESTIONS} (empty for a linked declaration). */
    public List<SupplierSuggestions.Suggestion> suggest(Declaration d) {
        if (d.getSupplierId() != null) {
            return List.of();
        }
        SupplierSuggestions.Sender sender = new SupplierSuggestions.Sender(d.getCompany().getName(),
                d.getCompany().getContactEmail(), d.getCompany().getAuthorizerEmail(), d.getMailFrom());
        List<SupplierSuggestions.Candidate> candidates = suppliers.withContacts().stream()
                .map(s -> new SupplierSuggestions.Candidate(s.id(), s.supplierNumber(), s.name(), s.contactEmails()))
                .toList();
        return SupplierSuggestions.rank(sender, candidates).stream().limit(SUGGESTIONS).toList();
    }

    /** The supplier with this id, if any (an unknown id is no error: the caller's transaction goes on). */
    public Optional<SupplierCard> supplier(Long supplierId) {
        return supplierId == null ? Optional.empty() : suppliers.supplier(supplierId);
    }

    /** Suppliers whose name or number contains the text, for a person choosing one by hand. */
    public List<SupplierCard> search(String text, int max) {
        if (text != null && text.length() > InputLimits.SEARCH_CHARACTERS) {
            return List.of();
        }
        return suppliers.search(text, max);
    }

    /** Whether the declaration's supplier was asked in the declaration's year (a corrective action then goes through that request). */
    public boolean asked(Declaration d) {
        return d.getSupplierId() != null && d.getReportingYear() != null && requests.asked(d.getSupplierId(), d.getReportingYear());
    }

    /** Where outreach mails the supplier about the declaration's year (its primary or first reachable contact). */
    public Optional<String> addressee(Declaration d) {
        if (d.getSupplierId() == null || d.getReportingYear() == null) {
            return Optional.empty();
        }
        return requests.addressee(d.getSupplierId(), d.getReportingYear());
    }
}
