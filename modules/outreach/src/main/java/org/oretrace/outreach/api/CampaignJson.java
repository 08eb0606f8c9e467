package org.oretrace.outreach.api;

import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.SupplierCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as the REST API shows and accepts it.
 *
 * @param templates the templates asked for: ["CMRT"], ["EMRT"] or ["CMRT", "EMRT"]
 */
public record CampaignJson(Integer year, LocalDate dueDate, String cmrtVersion, List<String> categories, String senderName,
                           Boolean copyOtherContacts, List<Integer> reminderDays, Integer escalationDay, Boolean finalNotice,
                           String status, Instant launchedAt, String blankCmrt, List<String> templates, String emrtVersion,
                           String blankEmrt) {

    static CampaignJson of(Campaign c) {
        return new CampaignJson(c.getReportingYear(), c.getDueDate(), c.getCmrtVersion(),
                c.getCategories().stream().map(SupplierCategory::getName).sorted().toList(), c.getSenderName(),
                c.isCopyOtherContacts(), c.getPolicy().reminderDays(), c.getPolicy().escalationDay(), c.getPolicy().finalNotice(),
                c.getStatus().name(), c.getLaunchedAt(),
                c.getCmrtAttachment() == null ? null : c.getCmrtAttachment().getFileName(),
                c.getTemplates().stream().map(RmiTemplate::name).toList(), c.getEmrtVersion(),
                c.getEmrtAttachment() == null ? null : c.getEmrtAttachment().getFileName());
    }
}
