package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.MineRow;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.published.AcceptedAnswers;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.List;

/**
 * {@link AcceptedAnswers} from intake's own entities: the latest accepted declaration of each supplier of the year, per
 * template (a supplier's CMRT and EMRT are two declarations; neither supersedes the other).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntakeAcceptedAnswers implements AcceptedAnswers {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    public IntakeAcceptedAnswers() {
    }

    /** Outside the container (persistence tests). */
    public IntakeAcceptedAnswers(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DeclarationAnswers> ofYear(int reportingYear, RmiTemplate template) {
        List<Declaration> accepted = em.createQuery("select d from Declaration d where d.reportingYear = :y"
                        + " and d.status = :a and d.template = :t and d.supplierId is not null and not exists (select n"
                        + " from Declaration n where n.supplierId = d.supplierId and n.reportingYear = d.reportingYear"
                        + " and n.status = :a and n.template = :t and n.id > d.id) order by d.id", Declaration.class)
                .setParameter("y", reportingYear).setParameter("a", DeclarationStatus.ACCEPTED)
                .setParameter("t", template).getResultList();
        return accepted.stream().map(d -> new DeclarationAnswers(d.getId(), d.getSupplierId(), d.getCompany().getName(),
                d.getScope(), d.getAnswers().stream().map(IntakeAcceptedAnswers::value).toList(),
                d.isEmrt() ? d.getEmrtSmelters().stream().map(IntakeAcceptedAnswers::smelter).toList() : List.of(),
                d.isEmrt() ? d.getMines().stream().map(IntakeAcceptedAnswers::mine).toList() : List.of()))
                .toList();
    }

    private static AnswerValue value(Answer a) {
        return new AnswerValue(a.getQuestion(), a.getMetal(), a.getAnswer(), a.getComment());
    }

    private static MineValue mine(MineRow m) {
        return new MineValue(m.getMineral(), m.getSmelterName(), m.getMineName(), m.getMineId(), m.getSourceId(),
                m.getCountry(), m.getStreet(), m.getCity(), m.getProvince(), m.getContactName(), m.getContactEmail(),
                m.getNextSteps(), m.getComment());
    }

    /** The ID the supplier typed, else the one the registry matched the row to (by name), so a roll-up consolidates both. */
    private static SmelterValue smelter(SmelterRow r) {
        String id = r.getSmelterIdInput() == null || r.getSmelterIdInput().isBlank() ? r.getResolvedSmelterId()
                : r.getSmelterIdInput();
        return new SmelterValue(r.getMetal(), id, r.getLookupName(), r.getName(), r.getCountry());
    }
}
