package org.oretrace.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON contract of /api/declarations (issue 4). The names are stable: clients depend on them. */
@Schema(name = "Declaration", description = "A received CMRT or, where the request asked for one, EMRT (template: CMRT "
        + "or EMRT; minerals: an EMRT's minerals in scope; mines: its Mine List). For an EMRT answers maps question "
        + "\"1\"..\"7\" and \"C\" to the minerals in scope, companyQuestions \"A\"..\"G\", smelters carry the mineral "
        + "in metal. A received CMRT: status, what the supplier declared, and the findings. "
        + "status is ACCEPTED, NEEDS_FOLLOW_UP, RISK_REVIEW or REJECTED (QUEUED while not read yet); rejection is "
        + "present only for REJECTED files. redFlags are the findings that need a risk review (covered-country sourcing "
        + "or smelter, EMRT: CAHRA sourcing or smelter in a CAHRA-flagged country; sanctioned smelter, incomplete smelter "
        + "list, smelter not yet identified); smelters carry the registry match (resolvedSmelterId, matchMethod, "
        + "matchScore 0..1); riskReviews are the "
        + "recorded assessments, oldest first (the latest decides). answers maps question \"1\"..\"8\" to TANTALUM, TIN, GOLD, TUNGSTEN; companyQuestions "
        + "maps \"A\"..\"H\". Finding severities are ERROR, WARNING, INFO.")
public record DeclarationJson(long id, String status, RejectionJson rejection, String sha256, String templateVersion,
                              String language, CompanyJson company, String scope, String scopeDescription,
                              Map<String, Map<String, AnswerJson>> answers, Map<String, AnswerJson> companyQuestions,
                              List<SmelterJson> smelters, List<ProductJson> products, List<FindingJson> findings,
                              String fileName, Instant receivedAt, Long supplierId, Integer reportingYear,
                              boolean duplicate, String acceptedBy, String acceptedReason,
                              List<FindingJson> redFlags, List<RiskReviewJson> riskReviews, String template,
                              List<String> minerals, List<MineJson> mines) {

    public record MineJson(int row, String mineral, String smelterName, String mineName, String mineId, String country) {
    }

    public record RiskReviewJson(String outcome, String assessment, int redFlags, String reviewedBy, Instant reviewedAt) {
    }

    public record RejectionJson(String code, String message) {
    }

    public record CompanyJson(String name, String uniqueId, String uniqueIdAuthority, String address,
                              String contactName, String contactEmail, String contactPhone, String authorizer,
                              String authorizerTitle, String authorizerEmail, String authorizerPhone,
                              LocalDate effectiveDate) {
    }

    public record AnswerJson(String answer, String comment) {
    }

    public record SmelterJson(int row, String metal, String smelterIdInput, String lookupName, String name,
                              String country, String resolvedSmelterId, String matchMethod, Double matchScore) {
    }

    public record ProductJson(int row, String number, String name, String comment) {
    }

    public record FindingJson(String code, String severity, String message, String sheet, String cell) {
    }

    private static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);

    public static DeclarationJson of(Declaration d, boolean duplicate) {
        boolean read = d.getTemplateVersion() != null;
        Map<String, Map<String, AnswerJson>> answers = new LinkedHashMap<>();
        Map<String, AnswerJson> company = new LinkedHashMap<>();
        if (read && d.isEmrt()) {
            for (String q : List.of("1", "2", "3", "4", "5", "6", "7", "C")) {
                Map<String, AnswerJson> perMineral = new LinkedHashMap<>();
                for (Metal mineral : d.getMinerals()) {
                    d.answer(q, mineral).ifPresent(a -> perMineral.put(mineral.name(), answer(a)));
                }
                answers.put(q, perMineral);
            }
            for (char q : "ABDEFG".toCharArray()) {
                company.put(String.valueOf(q), d.answer(String.valueOf(q), null).map(DeclarationJson::answer)
                        .orElse(new AnswerJson(null, null)));
            }
        } else if (read) {
            for (int q = 1; q <= 8; q++) {
                Map<String, AnswerJson> perMetal = new LinkedHashMap<>();
                for (Metal metal : METALS) {
                    perMetal.put(metal.name(), d.answer(Integer.toString(q), metal).map(DeclarationJson::answer)
                            .orElse(new AnswerJson(null, null)));
                }
                answers.put(Integer.toString(q), perMetal);
            }
            for (char q = 'A'; q <= 'H'; q++) {
                company.put(String.valueOf(q), d.answer(String.valueOf(q), null).map(DeclarationJson::answer)
                        .orElse(new AnswerJson(null, null)));
            }
        }
        Company c = d.getCompany();
        return new DeclarationJson(d.getId(), d.getStatus().name(),
                d.getRejectionCode() == null ? null : new RejectionJson(d.getRejectionCode().name(), d.getRejectionMessage()),
                d.getStoredFile().getSha256(), d.getTemplateVersion(), d.getLanguage(),
                read ? new CompanyJson(c.getName(), c.getUniqueId(), c.getUniqueIdAuthority(), c.getAddress(),
                        c.getContactName(), c.getContactEmail(), c.getContactPhone(), c.getAuthorizer(),
                        c.getAuthorizerTitle(), c.getAuthorizerEmail(), c.getAuthorizerPhone(), c.getEffectiveDate()) : null,
                d.getScope(), d.getScopeDescription(), answers, company,
                (d.isEmrt() ? d.getEmrtSmelters() : d.getSmelters()).stream().map(DeclarationJson::smelter).toList(),
                d.getProducts().stream().map(DeclarationJson::product).toList(),
                d.getFindings().stream().map(DeclarationJson::finding).toList(),
                d.getFileName(), d.getReceivedAt(), d.getSupplierId(), d.getReportingYear(), duplicate,
                d.getAcceptedBy(), d.getAcceptedReason(), d.redFlags().stream().map(DeclarationJson::finding).toList(),
                d.getRiskReviews().stream().map(r -> new RiskReviewJson(r.getOutcome().name(), r.getAssessment(),
                        r.getRedFlags(), r.getReviewedBy(), r.getReviewedAt())).toList(), d.getTemplate().name(),
                d.getMinerals().stream().map(Metal::name).toList(),
                d.getMines().stream().map(m -> new MineJson(m.getRow(), m.getMineral(), m.getSmelterName(),
                        m.getMineName(), m.getMineId(), m.getCountry())).toList());
    }

    private static AnswerJson answer(Answer a) {
        return new AnswerJson(a.getAnswer(), a.getComment());
    }

    private static SmelterJson smelter(SmelterRow r) {
        return new SmelterJson(r.getRow(), r.getMetal(), r.getSmelterIdInput(), r.getLookupName(), r.getName(),
                r.getCountry(), r.getResolvedSmelterId(), r.getMatchMethod(), r.getMatchScore());
    }

    private static ProductJson product(ProductRow p) {
        return new ProductJson(p.getRow(), p.getNumber(), p.getName(), p.getComment());
    }

    private static FindingJson finding(Finding f) {
        return new FindingJson(f.getCode().name(), f.getSeverity().name(), f.getMessage(), f.getSheet(), f.getCell());
    }
}
