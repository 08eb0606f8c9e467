package org.oretrace.outreach.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.SurveyRequest;

import java.io.Serializable;
import java.util.List;

/** A request's timeline: the mails Oretrace sent and the contacts people logged, in order. */
@Named
@ViewScoped
public class RequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyRequests requests;

    @Inject
    ApplicationClock clock;

    private Long id;
    private SurveyRequest request;
    private List<ContactLogEntry> timeline;
    private ContactForm contact;

    private DeclarationEvaluated.Outcome responseOutcome = DeclarationEvaluated.Outcome.ACCEPTED;
    private String responseNote;
    private String responseTemplate;

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
            PageMessages.error("No request given");
            return;
        }
        request = PageMessages.attempt(() -> requests.get(id));
        if (request != null) {
            contact = new ContactForm(clock.today());
            timeline = requests.timeline(id);
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void logContact() {
        if (PageMessages.attempt(() -> requests.logContact(request.getSupplier().getId(), id, contact.getChannel(),
                contact.getDate(), contact.getPerson(), contact.getSummary(), contact.getOutcome())) != null) {
            PageMessages.info(contact.getChannel().label() + " logged");
            contact.clear();
            request = requests.get(id);
            timeline = requests.timeline(id);
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void recordResponse() {
        if (PageMessages.attempt(() -> requests.recordResponse(request.getSupplier().getId(),
                request.getCampaign().getReportingYear(),
                responseTemplate == null || responseTemplate.isBlank() ? null : RmiTemplate.valueOf(responseTemplate),
                responseOutcome, responseNote)) != null) {
            PageMessages.info("Response recorded");
            responseNote = null;
            request = requests.get(id);
            timeline = requests.timeline(id);
        }
    }

    public DeclarationEvaluated.Outcome[] getResponseOutcomes() {
        return new DeclarationEvaluated.Outcome[]{DeclarationEvaluated.Outcome.ACCEPTED, DeclarationEvaluated.Outcome.NEEDS_FOLLOW_UP};
    }

    public DeclarationEvaluated.Outcome getResponseOutcome() {
        return responseOutcome;
    }

    public void setResponseOutcome(DeclarationEvaluated.Outcome responseOutcome) {
        this.responseOutcome = responseOutcome;
    }

    /** The templates the request asks for, to say which one came in by hand. */
    public List<String> getTemplateChoices() {
        return request.getTemplates().stream().map(RmiTemplate::name).toList();
    }

    /** "CMRT back, EMRT missing" for a campaign asking more than one template; empty otherwise. */
    public String getTemplatesBack() {
        return request.templatesBack();
    }

    public String getResponseTemplate() {
        return responseTemplate;
    }

    public void setResponseTemplate(String responseTemplate) {
        this.responseTemplate = responseTemplate;
    }

    public String getResponseNote() {
        return responseNote;
    }

    public void setResponseNote(String responseNote) {
        this.responseNote = responseNote;
    }

    public String getState() {
        return CampaignStatistics.effectiveState(request).label();
    }

    public ContactForm getContact() {
        return contact;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SurveyRequest getRequest() {
        return request;
    }

    public List<ContactLogEntry> getTimeline() {
        return timeline;
    }










}
