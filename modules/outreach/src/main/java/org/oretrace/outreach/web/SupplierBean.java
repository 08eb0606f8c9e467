package org.oretrace.outreach.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.enterprise.inject.Instance;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.published.ReceivedDeclarations;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.SurveyRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplier page: master data ({@link SupplierForm}), contacts ({@link NewContactForm}), status, requests,
 * declarations and the contact log ({@link ContactForm}); each action is one call of an application service.
 */
@Named
@ViewScoped
public class SupplierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    @Inject
    SurveyRequests requests;

    @Inject
    Instance<ReceivedDeclarations> declarations;

    @Inject
    ApplicationClock clock;

    private Long id;
    private Supplier supplier;
    private List<SurveyRequest> requestHistory;
    private List<ContactLogEntry> contactLog;

    private SupplierForm master = new SupplierForm();
    private final NewContactForm newContact = new NewContactForm();

    // status
    private SupplierStatus newStatus;
    private String statusReason;

    private ContactForm contact;
    private Long requestId;

    /** Reads ?id= on the first request of the view (the bean then lives as long as the view). */
    @PostConstruct
    void init() {
        id = PageMessages.longParameter("id");
        if (id != null) {
            load();
        }
    }

    public void load() {
        if (id == null) {
            PageMessages.error("No supplier given");
            return;
        }
        supplier = PageMessages.attempt(() -> suppliers.get(id));
        if (supplier == null) {
            return;
        }
        master = SupplierForm.of(supplier);
        newStatus = supplier.getStatus();
        statusReason = supplier.getStatusReason();
        contact = new ContactForm(clock.today());
        refreshHistory();
    }

    private void refreshHistory() {
        supplier = suppliers.get(id);
        requestHistory = requests.ofSupplier(id);
        contactLog = requests.contactLog(id);
        if (requestId == null && !requestHistory.isEmpty()) {
            requestId = requestHistory.get(0).getId();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void save() {
        if (FieldErrors.at("tabs:master:name")
                .when("owner email", "tabs:master:ownerEmail")
                .when("sender", "tabs:master:mailSenders")
                .when("countr", "tabs:master:country")
                .attempt(() -> suppliers.save(master.toData(supplier.getSupplierNumber()))) != null) {
            PageMessages.info("Saved");
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void addContact() {
        if (FieldErrors.at("tabs:contacts:contactEmail")
                .when("language", "tabs:contacts:contactLanguage")
                .when("needs a name", "tabs:contacts:contactName")
                .when("phone", "tabs:contacts:contactPhone")
                .attempt(() -> suppliers.addContact(id, newContact.toData())) != null) {
            PageMessages.info("Contact added");
            newContact.clear();
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void makePrimary(Contact contact) {
        if (PageMessages.attempt(() -> suppliers.makePrimary(contact.getId()))) {
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void removeContact(Contact contact) {
        if (PageMessages.attempt(() -> suppliers.removeContact(contact.getId()))) {
            PageMessages.info("Contact removed");
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void clearBouncing(Contact contact) {
        if (PageMessages.attempt(() -> suppliers.clearBouncing(contact.getId()))) {
            PageMessages.info(contact.getEmail() + " will receive mail again");
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void changeStatus() {
        if (FieldErrors.at("tabs:status:statusReason")
                .attempt(() -> suppliers.changeStatus(id, newStatus, statusReason))) {
            PageMessages.info("Status: " + newStatus.label());
            refreshHistory();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void logContact() {
        if (FieldErrors.at("tabs:log:summary").when("date", "tabs:log:contactDate").attempt(() -> requests.logContact(id, requestId, contact.getChannel(), contact.getDate(),
                contact.getPerson(), contact.getSummary(), contact.getOutcome())) != null) {
            PageMessages.info(contact.getChannel().label() + " logged");
            contact.clear();
            refreshHistory();
        }
    }

    public List<ReceivedDeclarations.DeclarationLink> getDeclarations() {
        List<ReceivedDeclarations.DeclarationLink> links = new ArrayList<>();
        if (declarations.isResolvable()) {
            links.addAll(declarations.get().forSupplier(id));
        } else if (requestHistory != null) {
            for (SurveyRequest r : requestHistory) {
                if (r.getDeclarationId() != null) {
                    links.add(new ReceivedDeclarations.DeclarationLink(r.getDeclarationId(), r.getCampaign().getReportingYear(),
                            null, r.getState().label(), null));
                }
            }
        }
        return links;
    }

    public List<SupplierCategory> getCategories() {
        return suppliers.categories();
    }

    public SupplierStatus[] getStatuses() {
        return SupplierStatus.values();
    }

    public ContactForm getContact() {
        return contact;
    }

    /** A person confirmed a sanctions hit for this supplier in the registry's review queue. */
    public boolean isSanctioned() {
        Supplier supplier = getSupplier();
        return supplier != null && suppliers.isSanctioned(supplier);
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public List<SurveyRequest> getRequestHistory() {
        return requestHistory;
    }

    public List<ContactLogEntry> getContactLog() {
        return contactLog;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SupplierForm getMaster() {
        return master;
    }

    public NewContactForm getNewContact() {
        return newContact;
    }

    public SupplierStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(SupplierStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
