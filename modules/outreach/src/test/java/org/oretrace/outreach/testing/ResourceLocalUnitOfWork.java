package org.oretrace.outreach.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.oretrace.outreach.application.UnitOfWork;

import java.util.function.Function;

/** The Java SE counterpart of the server's JTA unit of work: a new EntityManager and transaction per call. */
public final class ResourceLocalUnitOfWork implements UnitOfWork {

    private final EntityManagerFactory emf;

    public ResourceLocalUnitOfWork(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
