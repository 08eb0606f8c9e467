package org.oretrace.outreach.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.OutboxState;
import org.oretrace.outreach.domain.StoredAttachment;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.infrastructure.SmtpMailTransport;
import org.oretrace.outreach.infrastructure.SmtpSettings;
import org.oretrace.kernel.testing.RejectingSmtpServer;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against a real SMTP server (GreenMail) and real databases: never lost, never twice. */
class OutboxDeliveryTest {

    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMinutes(1), 5);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoWorkersOnTheSameOutboxDeliverEachMessageOnce(TestDatabase.Kind kind) throws Exception {
        int port = freePort();
        GreenMail smtp = startSmtp(port);
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            UnitOfWork tx = new ResourceLocalUnitOfWork(emf);
            ApplicationClock clock = ApplicationClock.system(true);
            queue(tx, clock, 150, i -> "supplier" + i + "@example.com", true);

            MailTransport transport = transport(port);
            int workers = 4;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<Integer>> sentBy = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                OutboxDelivery delivery = new OutboxDelivery(tx, transport, clock::now, "node-" + w, RETRY);
                Callable<Integer> loop = () -> {
                    go.await();
                    int sent = 0;
                    OutboxDelivery.Result result;
                    do {
                        result = delivery.deliverDue(40);
                        sent += result.sent();
                    } while (result.attempted() + result.claimedByOthers() > 0);
                    return sent;
                };
                sentBy.add(pool.submit(loop));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : sentBy) {
                total += f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(total).isEqualTo(150);
            assertThat(received).hasSize(150);
            assertThat(Arrays.stream(received).map(OutboxDeliveryTest::messageId).distinct()).hasSize(150);
            assertThat(Arrays.stream(received).map(OutboxDeliveryTest::firstRecipient).distinct()).hasSize(150);
            assertThat(states(tx)).containsExactly(Map.entry(OutboxState.SENT, 150L));
            assertThat(sentBy.stream().filter(f -> result(f) > 0)).as("work was shared").hasSizeGreaterThan(1);
            Multipart content = (Multipart) received[0].getContent();
            assertThat(content.getCount()).isEqualTo(2);
            assertThat(content.getBodyPart(1).getFileName()).isEqualTo("RMI_CMRT_6.5.xlsx");
            assertThat(content.getBodyPart(1).getInputStream().readAllBytes()).hasSize(20_000);
        } finally {
            smtp.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void mailQueuedWhileSmtpIsDownIsDeliveredOnceAfterItComesBack(TestDatabase.Kind kind) throws Exception {
        int port = freePort();
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            UnitOfWork tx = new ResourceLocalUnitOfWork(emf);
            ApplicationClock clock = ApplicationClock.system(true);
            clock.fixAt(Instant.parse("2024-02-01T08:00:00Z"));
            queue(tx, clock, 6, i -> "late" + i + "@example.com", false);
            OutboxDelivery delivery = new OutboxDelivery(tx, transport(port), clock::now, "node-a", RETRY);

            OutboxDelivery.Result whileDown = delivery.deliverDue(100);
            assertThat(whileDown.retrying()).isEqualTo(6);
            List<OutboxMessage> queued = all(tx);
            assertThat(queued).allSatisfy(m -> {
                assertThat(m.getState()).isEqualTo(OutboxState.QUEUED);
                assertThat(m.getAttempts()).isEqualTo(1);
                assertThat(m.getLastError()).isNotBlank();
                assertThat(m.getNextAttemptAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(1)));
            });

            clock.advance(Duration.ofSeconds(61));
            assertThat(delivery.deliverDue(100).retrying()).as("second attempt, still down").isEqualTo(6);
            assertThat(all(tx)).allSatisfy(m -> assertThat(m.getNextAttemptAt())
                    .isEqualTo(clock.now().plus(Duration.ofMinutes(4))));

            GreenMail smtp = startSmtp(port);
            try {
                assertThat(delivery.deliverDue(100).attempted()).as("back-off respected").isZero();
                clock.advance(Duration.ofMinutes(4));
                assertThat(delivery.deliverDue(100).sent()).isEqualTo(6);
                assertThat(delivery.deliverDue(100).attempted()).isZero();
                clock.advance(Duration.ofHours(1));
                assertThat(delivery.deliverDue(100).attempted()).isZero();
                assertThat(smtp.getReceivedMessages()).hasSize(6);
                assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxDeliveryTest::firstRecipient))
                        .containsExactlyInAnyOrder("late0@example.com", "late1@example.com", "late2@example.com",
                                "late3@example.com", "late4@example.com", "late5@example.com");
                assertThat(all(tx)).allSatisfy(m -> {
                    assertThat(m.getState()).isEqualTo(OutboxState.SENT);
                    assertThat(m.getAttempts()).isEqualTo(3);
                    assertThat(m.getLastError()).isNull();
                });
            } finally {
                smtp.stop();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aServerThatStaysDownEndsInAVisibleFailure(TestDatabase.Kind kind) throws Exception {
        int port = freePort();
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            UnitOfWork tx = new ResourceLocalUnitOfWork(db.entityManagerFactory("outreach-test"));
            ApplicationClock clock = ApplicationClock.system(true);
            queue(tx, clock, 1, i -> "nobody@example.com", false);
            OutboxDelivery delivery = new OutboxDelivery(tx, transport(port), clock::now, "node-a",
                    new RetryPolicy(Duration.ofSeconds(10), 3));
            assertThat(delivery.deliverDue(10).retrying()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(11));
            assertThat(delivery.deliverDue(10).retrying()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(41));
            assertThat(delivery.deliverDue(10).failed()).isEqualTo(1);
            clock.advance(Duration.ofDays(1));
            assertThat(delivery.deliverDue(10).attempted()).isZero();
            OutboxMessage failed = all(tx).get(0);
            assertThat(failed.getState()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(3);
            assertThat(failed.getLastError()).containsIgnoringCase("connect");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPermanentlyRejectedAddressFailsAtOnceAndMarksTheContactBouncing(TestDatabase.Kind kind) throws Exception {
        try (RejectingSmtpServer server = RejectingSmtpServer.start("gone@example.com");
             TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            UnitOfWork tx = new ResourceLocalUnitOfWork(db.entityManagerFactory("outreach-test"));
            ApplicationClock clock = ApplicationClock.system(true);
            long contactId = tx.inNewTransaction(em -> {
                Supplier supplier = new Supplier("S-1", "Gone Ltd", clock.now());
                Contact gone = supplier.addContact("Former employee", "gone@example.com", null, "en");
                em.persist(supplier);
                em.flush();
                em.persist(new OutboxMessage(MailKind.REQUEST, "gone@example.com", List.of(), "CMRT", "Hello", clock.now())
                        .about(null, gone.getId()));
                em.persist(new OutboxMessage(MailKind.REQUEST, "fine@example.com", List.of(), "CMRT", "Hello", clock.now()));
                return gone.getId();
            });
            OutboxDelivery delivery = new OutboxDelivery(tx, transport(server.port()), clock::now, "node-a", RETRY);

            OutboxDelivery.Result result = delivery.deliverDue(10);

            assertThat(result.failed()).isEqualTo(1);
            assertThat(result.sent()).isEqualTo(1);
            OutboxMessage rejected = all(tx).stream().filter(m -> m.getTo().equals("gone@example.com")).findFirst().orElseThrow();
            assertThat(rejected.getState()).isEqualTo(OutboxState.FAILED);
            assertThat(rejected.getAttempts()).isEqualTo(1);
            assertThat(rejected.getLastError()).contains("550");
            Contact contact = tx.inNewTransaction(em -> em.find(Contact.class, contactId));
            assertThat(contact.isBouncing()).isTrue();
            assertThat(contact.isMailable()).isFalse();
            assertThat(server.delivered()).containsExactly("fine@example.com");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void withoutSmtpMailStaysQueuedAndSaysWhy(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            UnitOfWork tx = new ResourceLocalUnitOfWork(db.entityManagerFactory("outreach-test"));
            ApplicationClock clock = ApplicationClock.system(true);
            queue(tx, clock, 2, i -> "wait" + i + "@example.com", false);
            SmtpSettings none = new SmtpSettings("", 25, null, null, null, false, false);
            OutboxDelivery delivery = new OutboxDelivery(tx, new SmtpMailTransport(none.session(), none.fromAddress(), null),
                    clock::now, "node-a", RETRY);
            assertThat(delivery.deliverDue(10).attempted()).isZero();
            assertThat(all(tx)).allSatisfy(m -> {
                assertThat(m.getState()).isEqualTo(OutboxState.QUEUED);
                assertThat(m.getAttempts()).isZero();
                assertThat(m.getLastError()).isEqualTo("not sent: no SMTP configured");
            });
        }
    }

    private static void queue(UnitOfWork tx, ApplicationClock clock, int count, Function<Integer, String> address,
                              boolean withAttachment) {
        tx.inNewTransaction(em -> {
            StoredAttachment cmrt = null;
            if (withAttachment) {
                cmrt = new StoredAttachment("RMI_CMRT_6.5.xlsx", StoredAttachment.XLSX, new byte[20_000], clock.now(), "admin");
                em.persist(cmrt);
            }
            for (int i = 0; i < count; i++) {
                em.persist(new OutboxMessage(MailKind.REQUEST, address.apply(i), List.of(), "CMRT request " + i,
                        "Dear supplier " + i, clock.now()).attach(cmrt));
            }
            return null;
        });
    }

    static MailTransport transport(int port) {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", port, null, null, "compliance@oretrace.example", false, false);
        return new SmtpMailTransport(settings.session(), settings.fromAddress(), "Oretrace");
    }

    private static GreenMail startSmtp(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static Map<OutboxState, Long> states(UnitOfWork tx) {
        return all(tx).stream().collect(Collectors.groupingBy(OutboxMessage::getState, Collectors.counting()));
    }

    private static List<OutboxMessage> all(UnitOfWork tx) {
        return tx.inNewTransaction(em -> em.createQuery("select m from OutboxMessage m order by m.id", OutboxMessage.class)
                .getResultList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstRecipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int result(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
