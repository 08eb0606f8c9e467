package org.oretrace.outreach.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutreachPersistenceTest {

    private static final Instant NOW = Instant.parse("2024-01-15T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void suppliersCampaignsRequestsAndMailAreStoredAndReadBack(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            ResourceLocalUnitOfWork tx = new ResourceLocalUnitOfWork(emf);
            byte[] workbook = new byte[1_600_000];
            workbook[0] = 'P';
            workbook[workbook.length - 1] = 'K';

            long requestId = tx.inNewTransaction(em -> {
                SupplierCategory electrical = em.createQuery("select c from SupplierCategory c where c.name = 'Electrical'",
                        SupplierCategory.class).getSingleResult();
                Supplier supplier = new Supplier("V-10042", "Kester Components GmbH", NOW);
                supplier.classify(electrical);
                supplier.locate("Germany");
                supplier.assignOwner("Pat Buyer", "pat.buyer@example.com");
                supplier.contractClause(true, LocalDate.of(2023, 4, 1));
                Contact anna = supplier.addContact("Anna Schmidt", "anna@kester.example", "+49 30 1234", "DE");
                supplier.addContact("Compliance desk", "compliance@kester.example", null, null);
                em.persist(supplier);

                StoredAttachment cmrt = new StoredAttachment("RMI_CMRT_6.5.xlsx", StoredAttachment.XLSX, workbook, NOW, "admin");
                em.persist(cmrt);
                Campaign campaign = new Campaign(ReportingYear.of(2023), LocalDate.of(2024, 3, 31), "6.5", NOW);
                campaign.chooseCategories(Set.of(electrical));
                campaign.attachBlankCmrt(cmrt);
                campaign.changePolicy(new FollowUpPolicy(List.of(42, 14, 28), 56, true));
                em.persist(campaign);
                em.persist(new EmailTemplate(campaign, MailKind.REQUEST, "de", "CMRT {reportingYear}", "Hallo {contactName}", NOW));

                SurveyRequest request = new SurveyRequest(campaign, supplier);
                request.sent(LocalDate.of(2024, 1, 15));
                em.persist(request);
                em.flush();
                OutboxMessage mail = new OutboxMessage(MailKind.REQUEST, anna.getEmail(), List.of("compliance@kester.example"),
                        "Conflict minerals 2023", "Dear Anna,\n...", NOW).about(request.getId(), anna.getId()).attach(cmrt);
                em.persist(mail);
                em.persist(ContactLogEntry.mailQueued(request, mail, NOW));
                em.persist(ContactLogEntry.manual(supplier, request, NOW.plusSeconds(3600), ContactChannel.PHONE, "Pat Buyer",
                        "Called Anna about the CMRT", "Promised by Friday"));
                return request.getId();
            });

            EntityManager em = emf.createEntityManager();
            SurveyRequest request = em.find(SurveyRequest.class, requestId);
            assertThat(request.getState()).isEqualTo(RequestState.SENT);
            assertThat(request.getCampaign().getPolicy().reminderDays()).containsExactly(14, 28, 42);
            assertThat(request.getCampaign().getCategories()).extracting(SupplierCategory::getName).containsExactly("Electrical");
            assertThat(request.getCampaign().getCmrtAttachment().getContent()).isEqualTo(workbook);
            Supplier supplier = request.getSupplier();
            assertThat(supplier.getContacts()).extracting(Contact::getEmail)
                    .containsExactly("anna@kester.example", "compliance@kester.example");
            assertThat(supplier.primaryContact()).get().extracting(Contact::getLanguage).isEqualTo("de");
            assertThat(supplier.getContractClauseDate()).isEqualTo(LocalDate.of(2023, 4, 1));
            OutboxMessage mail = em.createQuery("select m from OutboxMessage m", OutboxMessage.class).getSingleResult();
            assertThat(mail.getState()).isEqualTo(OutboxState.QUEUED);
            assertThat(mail.ccList()).containsExactly("compliance@kester.example");
            assertThat(mail.getAttachments()).extracting(StoredAttachment::getSizeBytes).containsExactly(1_600_000L);
            assertThat(em.createQuery("select l from ContactLogEntry l where l.request.id = :r order by l.occurredAt",
                    ContactLogEntry.class).setParameter("r", requestId).getResultList())
                    .extracting(ContactLogEntry::getChannel, ContactLogEntry::isAutomatic)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ContactChannel.EMAIL, true),
                            org.assertj.core.groups.Tuple.tuple(ContactChannel.PHONE, false));
            em.close();

            // the seeded categories (ids 1-4) leave room for new ones
            long plastics = tx.inNewTransaction(other -> {
                SupplierCategory category = new SupplierCategory("Plastics", 5);
                other.persist(category);
                other.flush();
                return category.getId();
            });
            assertThat(plastics).isGreaterThan(4);
            List<String> names = tx.inNewTransaction(other -> other.createQuery(
                    "select c.name from SupplierCategory c order by c.position", String.class).getResultList());
            assertThat(names).containsExactly("Ferrous", "Metallic", "Electrical", "Other", "Plastics");

            assertThatThrownBy(() -> tx.inNewTransaction(other -> {
                other.persist(new Supplier("V-10042", "Someone else", NOW));
                other.flush();
                return null;
            })).isInstanceOf(PersistenceException.class);
        }
    }
}
