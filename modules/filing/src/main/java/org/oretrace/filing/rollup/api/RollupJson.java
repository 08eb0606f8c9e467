package org.oretrace.filing.rollup.api;

import org.oretrace.filing.rollup.application.AnswersJson;
import org.oretrace.filing.rollup.application.TemplateRollup;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON of our own CMRT or EMRT: the current version, its answers with the declarations behind them, all versions. */
public final class RollupJson {

    private RollupJson() {
    }

    /** @param declarations each {id, supplier, link} behind the answer */
    public record AnswerJson(String key, String question, String metal, String answer, String comment, String rule,
                             String generated, boolean overridden, String overrideReason, String overriddenBy,
                             List<DeclarationLink> declarations) {

        static AnswerJson of(RolledAnswer a, Map<Long, String> supplierOf) {
            return new AnswerJson(a.key(), a.question(), a.metal() == null ? null : a.metal().displayName(), a.answer(),
                    a.comment(), a.rule(), a.generated(), a.overridden(), a.overrideReason(), a.overriddenBy(),
                    a.basis().stream().map(id -> new DeclarationLink(id, supplierOf.get(id), link(id))).toList());
        }
    }

    public record DeclarationLink(long id, String supplier, String link) {
    }

    public record VersionJson(String template, int version, String status, Instant generatedAt, String generatedBy, String templateName,
                              String templateVersion, String sha256, Instant finalizedAt, String finalizedBy) {
        static VersionJson of(CompanyCmrt c) {
            return new VersionJson(c.getKind().name(), c.getVersion(), c.isFinal() ? "FINAL" : "DRAFT", c.getGeneratedAt(), c.getGeneratedBy(),
                    c.getTemplateName(), c.getTemplateVersion(), c.getSha256(), c.getFinalizedAt(), c.getFinalizedBy());
        }
    }

    public record CmrtJson(String template, int reportingYear, VersionJson current, boolean productLevel, String scopeDescription,
                           List<String> products, String contactEmail, String authorizerEmail, String authorizerPhone,
                           String policyUrl, List<AnswerJson> answers, List<VersionJson> versions) {
    }

    /** For a final version, the answers as it wrote them; for a draft, as they stand now. */
    static CmrtJson of(String template, int year, CompanyCmrt current, TemplateRollup.Reviewed live,
                       List<CompanyCmrt> versions) {
        List<RolledAnswer> answers = current != null && current.isFinal() ? AnswersJson.read(current.getAnswersJson())
                : live.answers();
        Map<Long, String> supplierOf = live == null ? Map.of() : live.supplierOf();
        return new CmrtJson(template, year, current == null ? null : VersionJson.of(current),
                current != null && current.isProductLevel(), current == null ? null : current.getScopeDescription(),
                current == null ? List.of() : current.productRows().stream()
                        .map(p -> p[1] == null ? p[0] : p[0] + " | " + p[1]).toList(),
                current == null ? null : current.getContactEmail(), current == null ? null : current.getAuthorizerEmail(),
                current == null ? null : current.getAuthorizerPhone(), current == null ? null : current.getPolicyUrl(),
                answers.stream().map(a -> AnswerJson.of(a, supplierOf)).toList(),
                versions.stream().map(VersionJson::of).toList());
    }

    static String link(long declarationId) {
        return "/intake/declaration.xhtml?id=" + declarationId;
    }

    public record Settings(Boolean productLevel, String scopeDescription, List<String> products, String contactEmail,
                           String authorizerEmail, String authorizerPhone, String policyUrl) {
    }

    public record OverrideBody(String answer, String reason) {
    }
}
