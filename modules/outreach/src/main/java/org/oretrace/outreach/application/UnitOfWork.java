package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;

import java.util.function.Function;

/**
 * Runs work in a transaction of its own and commits it before returning. The outbox sender needs
 * several short, separately committed steps (claim, then send outside any transaction, then record
 * the result); in the server this is JTA, in tests a resource-local EntityManager.
 */
public interface UnitOfWork {

    <T> T inNewTransaction(Function<EntityManager, T> work);
}
