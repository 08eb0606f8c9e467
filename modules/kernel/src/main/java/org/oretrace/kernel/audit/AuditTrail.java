package org.oretrace.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

/**
 * Records changes to business data and users. Joins the caller's transaction, so a change and its
 * audit entry are committed (or rolled back) together.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    /**
     * @param entityType a business name, e.g. "Smelter", "User", "Declaration"
     * @param entityId   the record's business key or id
     * @param action     e.g. "created", "updated", "confirmed"
     * @param summary    a sentence a person can read, e.g. "roles ADMIN → COMPLIANCE"
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String entityType, Object entityId, String action, String summary) {
        em.persist(new AuditEntry(clock.now(), currentUser.name(), entityType,
                entityId == null ? null : entityId.toString(), action, summary));
    }

    /** For work done on behalf of someone outside a request (timers, start-up, imports by mail). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String actor, String entityType, Object entityId, String action, String summary) {
        em.persist(new AuditEntry(clock.now(), actor, entityType,
                entityId == null ? null : entityId.toString(), action, summary));
    }
}
