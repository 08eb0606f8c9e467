package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.StoredAttachment;
import org.oretrace.outreach.published.BlankCmrts;

import java.util.Comparator;
import java.util.Optional;

/** {@link BlankCmrts} from the campaigns' stored attachments (checked by {@code BlankCmrtInspector} on upload). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignBlankCmrts implements BlankCmrts {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Override
    public Optional<BlankCmrt> newest() {
        return newest(RmiTemplate.CMRT);
    }

    @Override
    public Optional<BlankCmrt> newest(RmiTemplate template) {
        if (!Campaign.ASKABLE.contains(template)) {
            return Optional.empty();
        }
        String attachment = template == RmiTemplate.CMRT ? "cmrtAttachment" : "emrtAttachment";
        return em.createQuery("select c from Campaign c where c." + attachment + " is not null", Campaign.class)
                .getResultList().stream()
                .map(c -> {
                    StoredAttachment a = c.blankOf(template);
                    return new BlankCmrt(a.getFileName(), c.versionOf(template), a.getContent(), a.getSha256(),
                            a.getUploadedAt(), c.getReportingYear());
                })
                .max(Comparator.comparing((BlankCmrt b) -> versionKey(b.version())).thenComparing(BlankCmrt::uploadedAt));
    }

    /** Versions compare as decimal numbers: 6.5 > 6.4 > 6.31 > 6.22 > 6.1 > 6.01. */
    static java.math.BigDecimal versionKey(String version) {
        try {
            return new java.math.BigDecimal(version.strip());
        } catch (RuntimeException e) {
            return java.math.BigDecimal.ZERO;
        }
    }
}
