package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.StoredAttachment;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.infrastructure.BlankCmrtInspector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** Yearly campaigns: set-up, the templates asked (CMRT, EMRT or both) and their blanks, choosing suppliers and launching. */
@ApplicationScoped
@Transactional
public class Campaigns {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Suppliers suppliers;

    @Inject
    RequestMailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    public record LaunchResult(int requested, int mailed, List<String> withoutContact) {
    }

    public List<Campaign> list() {
        return em.createQuery("select c from Campaign c order by c.reportingYear desc", Campaign.class).getResultList();
    }

    public Optional<Campaign> find(int year) {
        return em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    public Campaign get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("No campaign for reporting year " + year));
    }

    @Allowed(Role.COMPLIANCE)
    public Campaign create(CampaignSettings settings) {
        if (find(settings.reportingYear()).isPresent()) {
            throw new BusinessRuleException("There is already a campaign for " + settings.reportingYear()
                    + ": open it from the list above, or give another reporting year");
        }
        ReportingYear year = ReportingYear.of(settings.reportingYear());
        if (settings.dueDate() == null) {
            throw new BusinessRuleException("Give the date by which suppliers must answer");
        }
        Campaign campaign = new Campaign(year, settings.dueDate(), settings.cmrtVersion(), clock.now());
        apply(campaign, settings);
        em.persist(campaign);
        em.flush();
        audit.record("Campaign", year.value(), "created", "due " + campaign.getDueDate() + ", " + asked(campaign)
                + ", " + campaign.getPolicy().describe());
        return campaign;
    }

    @Allowed(Role.COMPLIANCE)
    public Campaign update(CampaignSettings settings) {
        Campaign campaign = get(settings.reportingYear());
        if (settings.dueDate() != null) {
            campaign.reschedule(settings.dueDate());
        }
        apply(campaign, settings);
        audit.record("Campaign", campaign.getReportingYear(), "updated", "due " + campaign.getDueDate() + ", "
                + asked(campaign) + ", " + campaign.getPolicy().describe());
        return campaign;
    }

    /** "CMRT 6.5 and EMRT 2.1" */
    private static String asked(Campaign campaign) {
        return String.join(" and ", campaign.getTemplates().stream().map(t -> t.name() + " " + campaign.versionOf(t)).toList());
    }

    private void apply(Campaign campaign, CampaignSettings s) {
        if (s.dueDate() != null && s.dueDate().getYear() < campaign.getReportingYear()) {
            throw new BusinessRuleException("The due date must fall after the start of " + campaign.getReportingYear());
        }
        if (s.cmrtVersion() != null) {
            campaign.requestCmrtVersion(s.cmrtVersion());
        }
        if (s.emrtVersion() != null) {
            campaign.requestEmrtVersion(s.emrtVersion());
        }
        if (s.templates() != null) {
            campaign.askFor(s.templates());
        }
        if (s.categories() != null) {
            Set<SupplierCategory> chosen = new HashSet<>();
            for (String name : s.categories()) {
                chosen.add(suppliers.categoryNamed(name).orElseThrow(() -> new BusinessRuleException(
                        "Unknown category '" + name + "'; known: " + suppliers.categories().stream().map(SupplierCategory::getName).toList())));
            }
            if (!chosen.equals(campaign.getCategories())) {
                campaign.chooseCategories(chosen);
            }
        }
        if (s.senderName() != null) {
            campaign.signAs(s.senderName());
        }
        if (s.copyOtherContacts() != null) {
            campaign.copyOtherContacts(s.copyOtherContacts());
        }
        if (s.reminderDays() != null || s.escalationDay() != null || s.finalNotice() != null) {
            FollowUpPolicy current = campaign.getPolicy();
            campaign.changePolicy(new FollowUpPolicy(
                    s.reminderDays() != null ? s.reminderDays() : current.reminderDays(),
                    s.escalationDay() != null ? (s.escalationDay() <= 0 ? null : s.escalationDay()) : current.escalationDay(),
                    s.finalNotice() != null ? s.finalNotice() : current.finalNotice()));
        }
    }

    /** Stores the blank CMRT every request carries; it must be the version the campaign asks for. */
    @Allowed(Role.ADMIN)
    public StoredAttachment attachBlankCmrt(int year, String fileName, byte[] content) {
        return attachBlank(year, RmiTemplate.CMRT, fileName, content);
    }

    /**
     * Stores a blank template (CMRT or EMRT) the requests carry: it must be that template (a CMRT uploaded as the EMRT is
     * refused by name, and the other way round) of the version the campaign asks for.
     */
    @Allowed(Role.ADMIN)
    public StoredAttachment attachBlank(int year, RmiTemplate template, String fileName, byte[] content) {
        Campaign campaign = get(year);
        if (!Campaign.ASKABLE.contains(template)) {
            throw new BusinessRuleException("A campaign keeps the blank CMRT and EMRT, not the " + template.name());
        }
        String version = BlankCmrtInspector.version(content, template);
        String asked = campaign.versionOf(template);
        if (!version.equals(asked)) {
            throw new BusinessRuleException("This file is " + template.name() + " " + version + " but the " + year
                    + " campaign asks for " + template.name() + " " + asked
                    + "; upload the right template or change the campaign's version");
        }
        StoredAttachment attachment = new StoredAttachment(fileName, StoredAttachment.XLSX, content, clock.now(), currentUser.name());
        em.persist(attachment);
        campaign.attachBlank(template, attachment);
        em.flush();
        audit.record("Campaign", year, "blank " + template.name(), attachment.getFileName() + " (" + template.name() + " "
                + version + ", " + attachment.getSizeBytes() + " bytes, SHA-256 " + attachment.getSha256() + ")");
        return attachment;
    }

    /** The suppliers the campaign would ask by default: active or unreachable, in scope, in its categories, not asked yet. */
    public List<Supplier> candidates(int year) {
        Campaign campaign = get(year);
        Set<Long> asked = new HashSet<>(em.createQuery("select r.supplier.id from SurveyRequest r where r.campaign = :c", Long.class)
                .setParameter("c", campaign).getResultList());
        return suppliers.search(Suppliers.Filter.none()).stream()
                .filter(s -> s.isSurveyable(campaign.getCategories()) && !asked.contains(s.getId()))
                .toList();
    }

    /**
     * Creates a request per chosen supplier and queues the first mail, with the blank of each template asked, to its
     * primary contact. {@code supplierIds} null means the default candidates.
     */
    @Allowed(Role.COMPLIANCE)
    public LaunchResult launch(int year, Collection<Long> supplierIds) {
        return launch(year, supplierIds, List.of());
    }

    /**
     * The same, the suppliers in {@code alsoEmrt} (among those asked) asked for the EMRT besides the campaign's
     * templates: the CMRT from all, the EMRT too from the few that sell cobalt or mica.
     */
    @Allowed(Role.COMPLIANCE)
    public LaunchResult launch(int year, Collection<Long> supplierIds, Collection<Long> alsoEmrt) {
        Campaign campaign = get(year);
        if (!campaign.isDraft()) {
            throw new BusinessRuleException("The " + year + " campaign was already launched on " + campaign.getLaunchedOn());
        }
        List<Supplier> chosen = choose(year, supplierIds);
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("No supplier chosen: check the categories and the in-scope flags");
        }
        requireBlanks(campaign, alsoEmrt(chosen, alsoEmrt));
        campaign.launched(clock.now(), clock.today());
        LaunchResult result = request(campaign, chosen, alsoEmrt);
        audit.record("Campaign", year, "launched", result.requested() + " suppliers asked, " + result.mailed() + " mails queued"
                + emrtNote(campaign, chosen, alsoEmrt));
        return result;
    }

    /** Adds suppliers to a running campaign (e.g. a new supplier onboarded mid-year) and mails them at once. */
    @Allowed(Role.COMPLIANCE)
    public LaunchResult addSuppliers(int year, Collection<Long> supplierIds) {
        return addSuppliers(year, supplierIds, List.of());
    }

    /** The same, the suppliers in {@code alsoEmrt} asked for the EMRT besides the campaign's templates. */
    @Allowed(Role.COMPLIANCE)
    public LaunchResult addSuppliers(int year, Collection<Long> supplierIds, Collection<Long> alsoEmrt) {
        Campaign campaign = get(year);
        if (!campaign.isRunning()) {
            throw new BusinessRuleException("Suppliers are added to a launched campaign; this one is " + campaign.getStatus());
        }
        List<Supplier> chosen = choose(year, supplierIds);
        requireBlanks(campaign, alsoEmrt(chosen, alsoEmrt));
        LaunchResult result = request(campaign, chosen, alsoEmrt);
        audit.record("Campaign", year, "suppliers added", result.requested() + " suppliers asked"
                + emrtNote(campaign, chosen, alsoEmrt));
        return result;
    }

    /** Every template a request will carry needs its blank: the campaign's, and the EMRT when a supplier is asked it too. */
    private static void requireBlanks(Campaign campaign, boolean alsoEmrt) {
        Set<RmiTemplate> carried = new java.util.LinkedHashSet<>(campaign.getTemplates());
        if (alsoEmrt) {
            carried.add(RmiTemplate.EMRT);
        }
        for (RmiTemplate template : carried) {
            if (campaign.blankOf(template) == null) {
                throw new BusinessRuleException("Upload the blank " + template.name() + " " + campaign.versionOf(template)
                        + " before " + (campaign.isDraft() ? "launching" : "asking for it") + " (an administrator can)");
            }
        }
    }

    /** Whether any supplier chosen is asked for the EMRT on top of a campaign that does not ask it of all. */
    private static boolean alsoEmrt(List<Supplier> chosen, Collection<Long> alsoEmrt) {
        return alsoEmrt != null && chosen.stream().anyMatch(s -> alsoEmrt.contains(s.getId()));
    }

    private static String emrtNote(Campaign campaign, List<Supplier> chosen, Collection<Long> alsoEmrt) {
        long extra = campaign.asks(RmiTemplate.EMRT) || alsoEmrt == null ? 0
                : chosen.stream().filter(s -> alsoEmrt.contains(s.getId())).count();
        return extra == 0 ? "" : ", " + extra + " also asked for the EMRT " + campaign.versionOf(RmiTemplate.EMRT);
    }

    /** Tries again the requests that could not be mailed (no working address then); for after contacts were fixed. */
    @Allowed(Role.COMPLIANCE)
    public int sendUnsent(int year) {
        Campaign campaign = get(year);
        if (!campaign.isRunning()) {
            throw new BusinessRuleException("The " + year + " campaign is not running");
        }
        int mailed = 0;
        for (SurveyRequest request : em.createQuery("select r from SurveyRequest r where r.campaign = :c and r.state = :s",
                SurveyRequest.class).setParameter("c", campaign)
                .setParameter("s", org.oretrace.outreach.domain.RequestState.NOT_SENT).getResultList()) {
            if (mailer.toSupplier(request, MailKind.REQUEST).isPresent()) {
                request.sent(clock.today());
                mailed++;
            }
        }
        audit.record("Campaign", year, "unsent requests sent", mailed + " mails queued");
        return mailed;
    }

    @Allowed(Role.COMPLIANCE)
    public void close(int year) {
        Campaign campaign = get(year);
        campaign.close();
        audit.record("Campaign", year, "closed", "follow-up ends");
    }

    private List<Supplier> choose(int year, Collection<Long> supplierIds) {
        List<Supplier> candidates = candidates(year);
        if (supplierIds == null) {
            return candidates;
        }
        Set<Long> asked = new HashSet<>(em.createQuery("select r.supplier.id from SurveyRequest r where r.campaign.reportingYear = :y",
                Long.class).setParameter("y", year).getResultList());
        List<Supplier> chosen = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(supplierIds)) {
            Supplier supplier = suppliers.get(id);
            if (supplier.getStatus() == SupplierStatus.OUT_OF_SCOPE) {
                throw new BusinessRuleException(supplier.getName() + " is out of scope: " + supplier.getStatusReason());
            }
            if (!asked.contains(id)) {
                chosen.add(supplier);
            }
        }
        return chosen;
    }

    private LaunchResult request(Campaign campaign, List<Supplier> chosen, Collection<Long> alsoEmrt) {
        int mailed = 0;
        List<String> withoutContact = new ArrayList<>();
        for (Supplier supplier : chosen) {
            SurveyRequest request = new SurveyRequest(campaign, supplier, alsoEmrt != null && alsoEmrt.contains(supplier.getId())
                    ? List.of(RmiTemplate.EMRT) : List.of());
            em.persist(request);
            em.flush();
            if (supplier.getStatus() == SupplierStatus.UNREACHABLE) {
                request.unreachable();
                withoutContact.add(supplier.getName() + " (unreachable)");
                continue;
            }
            if (mailer.toSupplier(request, MailKind.REQUEST).isPresent()) {
                request.sent(clock.today());
                mailed++;
            } else {
                withoutContact.add(supplier.getName());
            }
        }
        return new LaunchResult(chosen.size(), mailed, withoutContact);
    }
}
