package org.oretrace.kernel.concurrent;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.util.concurrent.Executor;

/**
 * Runs work after the request that asked for it, on the server's EJB threads, each task in a component invocation of
 * its own; the work opens its own transactions. Every module's background work (screenings, filing generation, intake
 * batches, the outbox) goes through here.
 *
 * <p>Why not the default managed executor: Payara 6 hands a managed task a <em>shallow</em> clone of the submitting
 * request's component invocation, and the clone shares the map in which the request's non-transactional entity
 * managers are registered. When the task ended while the request was still rendering, the task's clean-up closed the
 * request's entity manager and the page failed ("databaseSession is null" in RegistryAdminBrowserIT; the corrective
 * action's page in DeclarationScreensBrowserIT after the outbox was kicked). An asynchronous EJB call gets a fresh
 * invocation, so nothing is shared. Outside a server (unit tests) a call runs at once in the caller's thread.
 *
 * <p>A singleton without container locks, not a stateless bean: a task holds its bean for as long as it runs, and a
 * pool of stateless beans would make long tasks (a year's filing) wait for each other.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class BackgroundWork implements Executor {

    @Asynchronous
    @Override
    public void execute(Runnable task) {
        task.run();
    }

    /** The reason background work failed, as its record keeps it: the innermost cause says most (a constraint refused at commit, say). */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String innermost = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == failure ? innermost : failure.getClass().getSimpleName() + ", caused by " + innermost;
    }
}
