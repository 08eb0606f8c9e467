package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.Metal;

import java.util.List;

/**
 * The answers (questions 1–8 per metal, A–H) of the year's accepted declarations, one per supplier: its latest
 * accepted one. For filing's roll-up into the company's own CMRT; callers get immutable records, never entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AcceptedAnswers {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** @param metal null for the company questions A–H */
    public record AnswerValue(String question, Metal metal, String answer, String comment) {
    }

    /** @param scope the D9 text as written ("A. Company", ...) */
    public record DeclarationAnswers(long declarationId, long supplierId, String companyName, String scope,
                                     List<AnswerValue> answers) {
        public DeclarationAnswers {
            answers = List.copyOf(answers);
        }
    }

    public List<DeclarationAnswers> ofYear(int reportingYear) {
        List<Declaration> accepted = em.createQuery("select d from Declaration d where d.reportingYear = :y"
                        + " and d.status = :a and d.supplierId is not null and not exists (select n from Declaration n"
                        + " where n.supplierId = d.supplierId and n.reportingYear = d.reportingYear and n.status = :a"
                        + " and n.id > d.id) order by d.id", Declaration.class)
                .setParameter("y", reportingYear).setParameter("a", DeclarationStatus.ACCEPTED).getResultList();
        return accepted.stream().map(d -> new DeclarationAnswers(d.getId(), d.getSupplierId(), d.getCompany().getName(),
                d.getScope(), d.getAnswers().stream().map(AcceptedAnswers::value).toList())).toList();
    }

    private static AnswerValue value(Answer a) {
        return new AnswerValue(a.getQuestion(), a.getMetal(), a.getAnswer(), a.getComment());
    }
}
