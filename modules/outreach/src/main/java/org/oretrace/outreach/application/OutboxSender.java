package org.oretrace.outreach.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.kernel.concurrent.BackgroundWork;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.infrastructure.SmtpMailTransport;
import org.oretrace.outreach.infrastructure.SmtpSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox delivery in the server: by the timer, on request of an operator, and right after
 * a transaction that queued mail commits. Several of these (nodes, threads) may run together.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    JtaUnitOfWork unitOfWork;

    @Inject
    ApplicationClock clock;

    @Inject
    @ConfigProperty(name = "oretrace.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "oretrace.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "oretrace.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "oretrace.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "oretrace.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "oretrace.mail.from-name", defaultValue = "Oretrace")
    String fromName;

    @Inject
    @ConfigProperty(name = "oretrace.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "oretrace.mail.ssl", defaultValue = "false")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "oretrace.outreach.mail.retry-base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "oretrace.outreach.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "oretrace.outreach.mail.batch-size", defaultValue = "500")
    int batchSize;

    /** A claim older than this belongs to a node that died while sending: the message is queued again. */
    @Inject
    @ConfigProperty(name = "oretrace.outreach.mail.claim-timeout-seconds", defaultValue = "900")
    long claimTimeoutSeconds;

    /** The server's threads, the delivery in an invocation of its own (not the committing request's). */
    @Inject
    BackgroundWork background;

    private OutboxDelivery delivery;
    private SmtpSettings settings;
    private final AtomicBoolean kickPending = new AtomicBoolean();

    @PostConstruct
    void init() {
        settings = new SmtpSettings(host.orElse(null), port, username.orElse(null), password.orElse(null),
                from.orElse(null), startTls, ssl);
        delivery = new OutboxDelivery(unitOfWork, new SmtpMailTransport(settings.session(), settings.fromAddress(), fromName),
                clock::now, workerName(), new RetryPolicy(Duration.ofSeconds(retryBaseSeconds), maxAttempts),
                Duration.ofSeconds(Math.max(30, claimTimeoutSeconds)));
        LOG.info(() -> settings.isConfigured()
                ? "Outreach mail goes to " + settings.host() + ":" + settings.port() + " as " + settings.fromAddress()
                : "No SMTP server configured (oretrace.mail.host): mail stays in the outbox");
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    public String describe() {
        return settings.isConfigured() ? settings.host() + ":" + settings.port() : "no SMTP configured";
    }

    public OutboxDelivery.Result deliverDue() {
        OutboxDelivery.Result total = new OutboxDelivery.Result(0, 0, 0, 0);
        OutboxDelivery.Result batch;
        do {
            batch = delivery.deliverDue(batchSize);
            total = new OutboxDelivery.Result(total.sent() + batch.sent(), total.retrying() + batch.retrying(),
                    total.failed() + batch.failed(), total.claimedByOthers() + batch.claimedByOthers());
        } while (batch.attempted() == batchSize);
        return total;
    }

    /** New mail was committed: send it now rather than at the next timer tick. */
    void onMailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (!settings.isConfigured() || !kickPending.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                kickPending.set(false);
                try {
                    deliverDue();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Sending the outbox failed; the timer will try again", e);
                }
            });
        } catch (RejectedExecutionException | jakarta.ejb.EJBException e) {
            kickPending.set(false);
        }
    }

    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
