package org.oretrace.outreach.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.oretrace.outreach.application.UnitOfWork;

import java.util.function.Function;

/**
 * The server's JTA unit of work for beans that were given this one EntityManager, as container-managed
 * beans share the transaction's persistence context: a transaction on it per call, and afterwards
 * (committed or rolled back) the context forgets its entities, as the transaction's context would end.
 */
public final class SharedEntityManagerUnitOfWork implements UnitOfWork {

    private final EntityManager em;

    public SharedEntityManagerUnitOfWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }
}
