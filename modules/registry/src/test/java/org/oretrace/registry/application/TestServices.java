package org.oretrace.registry.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditEntry;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Wires the registry's services by hand for Java SE persistence tests: the real services on a real
 * database, with the real audit entity; only the container's plumbing (the signed-in user, the
 * event bus) is replaced by plain objects.
 */
final class TestServices {

    final EntityManager em;
    final ApplicationClock clock = ApplicationClock.system(true);
    final List<Object> events = new ArrayList<>();
    String actor = "alice";

    TestServices(EntityManager em) {
        this.em = em;
    }

    AuditTrail audit() {
        TestServices self = this;
        return new AuditTrail() {
            @Override
            public void record(String entityType, Object entityId, String action, String summary) {
                recordAs(self.actor, entityType, entityId, action, summary);
            }

            @Override
            public void recordAs(String who, String entityType, Object entityId, String action, String summary) {
                em.persist(new AuditEntry(clock.now(), who, entityType, entityId == null ? null : entityId.toString(), action, summary));
            }
        };
    }

    CurrentUser user() {
        TestServices self = this;
        return new CurrentUser() {
            @Override
            public String name() {
                return self.actor;
            }

            @Override
            public boolean hasRole(Role role) {
                return true;
            }
        };
    }

    <T> Event<T> events() {
        return events(event -> {
        });
    }

    /** Records fired events and hands each to an observer, as CDI would. */
    <T> Event<T> events(java.util.function.Consumer<T> observer) {
        List<Object> sink = events;
        return new Event<>() {
            @Override
            public void fire(T event) {
                sink.add(event);
                observer.accept(event);
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<T> select(Annotation... qualifiers) {
                return this;
            }

            @Override
            public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }

    ReferenceListService referenceLists() {
        ReferenceListService s = new ReferenceListService();
        s.em = em;
        s.audit = audit();
        s.clock = clock;
        s.currentUser = user();
        s.changed = events();
        return s;
    }

    ShippedReferenceLists shippedLists() {
        ShippedReferenceLists s = new ShippedReferenceLists();
        s.em = em;
        s.referenceLists = referenceLists();
        s.audit = audit();
        s.clock = clock;
        s.currentUser = user();
        s.changed = events();
        return s;
    }

    SmelterCatalog catalog() {
        return new SmelterCatalog(em);
    }

    SmelterMatcher matcher() {
        SmelterMatcher m = new SmelterMatcher();
        m.catalog = catalog();
        return m;
    }

    RmapStatusService rmap() {
        RmapStatusService s = new RmapStatusService();
        s.em = em;
        s.audit = audit();
        s.clock = clock;
        s.currentUser = user();
        return s;
    }

    RmapImports rmapImports() {
        RmapImports s = new RmapImports();
        s.em = em;
        s.audit = audit();
        s.clock = clock;
        s.currentUser = user();
        return s;
    }

    /**
     * The sanctions service on the test's entity manager; the methods the orchestrators ({@link SmelterScreenings},
     * {@link SanctionsImports}) call from outside a transaction run in a transaction of their own, as the container
     * does for {@code @Transactional}, so that a failure at commit reaches the caller as it would on the server.
     */
    SanctionsService sanctions() {
        TestServices self = this;
        SanctionsService s = new SanctionsService() {
            @Override
            public org.oretrace.registry.domain.SanctionsList storeList(java.io.InputStream sdnCsv, java.io.InputStream altCsv,
                                                                      String fileName, java.time.LocalDate listDate) {
                return self.tx(() -> {
                    try {
                        return super.storeList(sdnCsv, altCsv, fileName, listDate);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }

            @Override
            public void discardList(long listId, String why) {
                self.tx(() -> {
                    super.discardList(listId, why);
                    return null;
                });
            }

            @Override
            public ScreeningRun screenClaimed(long screeningId) {
                try {
                    return self.tx(() -> super.screenClaimed(screeningId));
                } finally {
                    em.clear();
                }
            }
        };
        s.em = em;
        s.audit = audit();
        s.clock = clock;
        s.currentUser = user();
        s.catalog = catalog();
        s.runs = runs();
        return s;
    }

    /** Screenings run in the caller's thread, or on the given executor (the container's managed threads on a server). */
    SmelterScreenings screenings(SanctionsService sanctions, java.util.concurrent.Executor background) {
        SmelterScreenings s = new SmelterScreenings();
        s.sanctions = sanctions;
        s.runs = sanctions.runs;
        s.catalog = catalog();
        s.background = new org.oretrace.kernel.concurrent.BackgroundWork() {
            @Override
            public void execute(Runnable task) {
                background.execute(task);
            }
        };
        return s;
    }

    SanctionsImports imports(SmelterScreenings screenings) {
        SanctionsImports i = new SanctionsImports();
        i.sanctions = screenings.sanctions;
        i.screenings = screenings;
        i.currentUser = user();
        return i;
    }

    /**
     * The screening records with an entity manager of their own, each call in a transaction of its
     * own: what the container does for {@code @Transactional(REQUIRES_NEW)}, so that other "servers"
     * (other entity managers) see claims and progress while the screening's transaction is still open.
     */
    ScreeningRuns runs() {
        EntityManager own = em.getEntityManagerFactory().createEntityManager();
        ScreeningRuns runs = new ScreeningRuns() {
            @Override
            public long claim(long listId, java.time.LocalDate listDate, int total, String actor) {
                return inNewTransaction(own, () -> super.claim(listId, listDate, total, actor));
            }

            @Override
            public boolean advance(long screeningId, int done) {
                return inNewTransaction(own, () -> super.advance(screeningId, done));
            }

            @Override
            public void fail(long screeningId, String why) {
                inNewTransaction(own, () -> {
                    super.fail(screeningId, why);
                    return null;
                });
            }

            @Override
            public AlreadyRunning refusal() {
                return inNewTransaction(own, super::refusal);
            }

            @Override
            public java.util.Optional<org.oretrace.registry.domain.Screening> running() {
                own.clear();
                return super.running();
            }

            @Override
            public java.util.Optional<org.oretrace.registry.domain.Screening> find(long id) {
                own.clear();
                return super.find(id);
            }

            @Override
            public List<org.oretrace.registry.domain.Screening> recent(int max) {
                own.clear();
                return super.recent(max);
            }
        };
        runs.em = own;
        runs.clock = clock;
        return runs;
    }

    private static <T> T inNewTransaction(EntityManager own, java.util.function.Supplier<T> work) {
        own.clear();
        own.getTransaction().begin();
        try {
            T result = work.get();
            own.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            throw e;
        } finally {
            own.clear();
        }
    }

    CountryFlags countryFlags() {
        CountryFlags f = new CountryFlags();
        f.em = em;
        f.audit = audit();
        f.clock = clock;
        f.currentUser = user();
        return f;
    }

    SmelterDirectory directory(SanctionsService sanctions) {
        SmelterDirectory d = new SmelterDirectory();
        d.em = em;
        d.sanctions = sanctions;
        d.rmap = rmap();
        d.countryFlags = countryFlags();
        return d;
    }

    SmelterSearch search(SanctionsService sanctions) {
        SmelterSearch s = new SmelterSearch();
        s.em = em;
        s.directory = directory(sanctions);
        s.sanctions = sanctions;
        s.clock = clock;
        return s;
    }

    MatchReviews reviews(SmelterMatcher matcher) {
        MatchReviews r = new MatchReviews();
        r.em = em;
        r.audit = audit();
        r.clock = clock;
        r.currentUser = user();
        r.matcher = matcher;
        // what the container does: the matcher observes RegistryChanged
        r.changed = events(matcher::registryChanged);
        return r;
    }

    /** Runs work in a transaction of the test's entity manager. */
    <T> T tx(java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        }
    }
}
