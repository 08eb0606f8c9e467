package org.oretrace.intake.api;

import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Severity;

import java.time.Instant;
import java.util.Map;

/** One line of the declarations list. */
public record DeclarationSummaryJson(long id, String status, String fileName, String company, String templateVersion,
                                     String language, String scope, long errors, long warnings, Instant receivedAt,
                                     Long supplierId, Integer reportingYear, String rejectionCode,
                                     String template) {

    static DeclarationSummaryJson of(Declaration d, Map<Severity, Long> counts) {
        return new DeclarationSummaryJson(d.getId(), d.getStatus().name(), d.getFileName(), d.getCompany().getName(),
                d.getTemplateVersion(), d.getLanguage(), d.getScope(), counts.getOrDefault(Severity.ERROR, 0L),
                counts.getOrDefault(Severity.WARNING, 0L), d.getReceivedAt(), d.getSupplierId(), d.getReportingYear(),
                d.getRejectionCode() == null ? null : d.getRejectionCode().name(), d.getTemplate().name());
    }
}
