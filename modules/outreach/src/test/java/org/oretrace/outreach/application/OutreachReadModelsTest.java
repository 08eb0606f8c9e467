package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outreach's published views (migration V4) say what its Java rules say: {@code outreach_request_state} gives every
 * request the effective state of {@link CampaignStatistics#effectiveState}, on a campaign with a request in every
 * state and unreachable suppliers, and {@code outreach_supplier_name} every supplier's name.
 */
class OutreachReadModelsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theViewsAgreeWithOutreachsRules(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            new ResourceLocalUnitOfWork(emf).inNewTransaction(em -> {
                CampaignStatisticsPersistenceTest.seed(em);
                return null;
            });
            EntityManager em = emf.createEntityManager();
            List<SurveyRequest> requests = em.createQuery("select r from SurveyRequest r", SurveyRequest.class).getResultList();
            assertThat(requests).isNotEmpty();
            Map<Long, String> expected = new HashMap<>();
            for (SurveyRequest r : requests) {
                expected.put(r.getId(), CampaignStatistics.effectiveState(r).name());
            }
            assertThat(expected).as("the fixture has unreachable suppliers whose open requests count as unreachable")
                    .containsValue("UNREACHABLE");
            Map<Long, String> viewed = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT request_id, state FROM outreach_request_state").getResultList()) {
                Object[] r = (Object[]) row;
                viewed.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            assertThat(viewed).isEqualTo(expected);

            Map<Long, String> names = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT supplier_id, supplier_name FROM outreach_supplier_name").getResultList()) {
                Object[] r = (Object[]) row;
                names.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            requests.forEach(r -> assertThat(names).containsEntry(r.getSupplier().getId(), r.getSupplier().getName()));
        }
    }
}
