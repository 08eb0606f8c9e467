package org.oretrace.outreach.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.Outbox;
import org.oretrace.outreach.application.OutboxSender;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.OutboxState;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Every mail: to, subject, body, attachments, state, attempts and the last error. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    private OutboxState state;
    private String search;
    private List<OutboxMessage> messages;
    private OutboxMessage selected;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        stateCounts = null;
        messages = outbox.list(state, search, 1000);
    }

    /** Why the table is empty: the state or search above, or no mail queued yet (column filters: kernel Tables). */
    public String getEmptyMessage() {
        if (state != null || (search != null && !search.isBlank())) {
            return "No mail matches the state or search above: choose \u201CEvery state\u201D, empty the search and press Show.";
        }
        return "No mail yet: mails are queued when a campaign sends its requests, reminders and escalations.";
    }

    public void show(OutboxMessage message) {
        selected = outbox.get(message.getId());
    }

    @Allowed(Role.COMPLIANCE)
    public void retry(OutboxMessage message) {
        if (PageMessages.attempt(() -> outbox.retry(message.getId()))) {
            PageMessages.info("Queued again: " + message.getSubject());
            refresh();
        }
    }

    public Map<OutboxState, Long> getCounts() {
        return outbox.countByState();
    }

    /** One line per state, every state (zero included), in the states' order: the table header shows them. */
    public record StateCount(OutboxState state, long count) implements Serializable {
    }

    public List<StateCount> getStateCounts() {
        if (stateCounts == null) {
            Map<OutboxState, Long> counts = outbox.countByState();
            stateCounts = java.util.Arrays.stream(OutboxState.values())
                    .map(st -> new StateCount(st, counts.getOrDefault(st, 0L))).toList();
        }
        return stateCounts;
    }

    private transient List<StateCount> stateCounts;

    public String getSmtp() {
        return sender.describe();
    }

    public OutboxState[] getStates() {
        return OutboxState.values();
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    public OutboxMessage getSelected() {
        return selected;
    }

    public OutboxState getState() {
        return state;
    }

    public void setState(OutboxState state) {
        this.state = state;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
