package org.oretrace.intake.web;

import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.kernel.audit.AuditEntry;
import org.oretrace.kernel.audit.AuditLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What was asked and answered about one supplier's declaration of a year: each file received (the answers) and
 * each corrective-action mail sent (the questions), oldest first, from the declarations and the audit trail.
 */
public final class FollowUpHistory {

    /** One event; {@code declarationId} links to the file it concerns. */
    public record Event(Instant at, String what, String detail, long declarationId, boolean asked) implements Serializable {
    }

    private FollowUpHistory() {
    }

    static List<Event> of(Declaration d, Declarations declarations, AuditLog audit) {
        List<Declaration> files = d.getSupplierId() == null ? List.of(d)
                : declarations.search(new Declarations.Filter(d.getReportingYear(), d.getSupplierId(), null, null), 0, 50);
        if (files.stream().noneMatch(f -> f.getId().equals(d.getId()))) {
            files = new ArrayList<>(files);
            files.add(d);
        }
        List<Event> events = new ArrayList<>();
        for (Declaration file : files) {
            events.add(new Event(file.getReceivedAt(), "Received \"" + file.getFileName() + "\"",
                    org.oretrace.kernel.web.Formats.words(file.getStatus()), file.getId(), false));
            for (AuditEntry e : audit.search(AuditLog.Filter.forRecord("Declaration", file.getId().toString()), 0, 50)) {
                if ("corrective action sent".equals(e.getAction())) {
                    events.add(new Event(e.getOccurredAt(), "Corrective action sent by " + e.getActor(), e.getSummary(), file.getId(), true));
                } else if (e.getAction() != null && e.getAction().startsWith("accepted")) {
                    events.add(new Event(e.getOccurredAt(), "Accepted by " + e.getActor(), e.getSummary(), file.getId(), false));
                }
            }
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }
}
