package org.oretrace.outreach.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.ContactChannel;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.SurveyRequest;

import java.io.Serializable;
import java.time.LocalDate;
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

    private ContactChannel channel = ContactChannel.PHONE;
    private LocalDate date;
    private String person;
    private String summary;
    private String outcome;
    private DeclarationEvaluated.Outcome responseOutcome = DeclarationEvaluated.Outcome.ACCEPTED;
    private String responseNote;

    /** Reads ?id= on the first request of the view (the bean then lives as long as the view). */
    @PostConstruct
    void init() {
        String value = PageMessages.parameter("id");
        if (value != null) {
            try {
                id = Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                PageMessages.error("Not a valid id: " + value);
                return;
            }
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
            date = clock.today();
            timeline = requests.timeline(id);
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void logContact() {
        if (PageMessages.attempt(() -> requests.logContact(request.getSupplier().getId(), id, channel, date, person, summary,
                outcome)) != null) {
            PageMessages.info(channel.label() + " logged");
            summary = null;
            outcome = null;
            request = requests.get(id);
            timeline = requests.timeline(id);
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void recordResponse() {
        if (PageMessages.attempt(() -> requests.recordResponse(request.getSupplier().getId(),
                request.getCampaign().getReportingYear(), responseOutcome, responseNote)) != null) {
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

    public String getResponseNote() {
        return responseNote;
    }

    public void setResponseNote(String responseNote) {
        this.responseNote = responseNote;
    }

    public String getState() {
        return CampaignStatistics.effectiveState(request).label();
    }

    public List<ContactChannel> getChannels() {
        return ContactChannel.manual();
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

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
