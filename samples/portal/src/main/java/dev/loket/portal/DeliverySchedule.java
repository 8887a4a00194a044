package dev.loket.portal;

import dev.loket.consent.PurposeRegistry;
import dev.loket.forms.delivery.FileDelivery;
import dev.loket.forms.delivery.LogDelivery;
import dev.loket.forms.delivery.OutboxRelay;
import dev.loket.forms.delivery.RelayRun;
import dev.loket.forms.delivery.RetryPolicy;
import dev.loket.forms.delivery.SubmissionDelivery;
import dev.loket.forms.delivery.WebhookDelivery;
import dev.loket.forms.submission.Receipts;
import dev.loket.portal.consent.LoggedDelivery;
import dev.loket.portal.consent.ProcessingRecorder;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands stored submissions to the back office, every few seconds, through the outbox: as a signed
 * POST to {@code loket.forms.delivery.webhook.url} when set (signed with the receipts key, so the
 * receiver verifies with the portal's published JWKS), else to files in
 * {@code loket.forms.delivery.directory} when set, otherwise to the log (ids and hashes only). A
 * failed run is logged and the next one tries again; the outbox keeps what was not delivered.
 */
@ApplicationScoped
public class DeliverySchedule {

    private static final Logger LOG = Logger.getLogger(DeliverySchedule.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "loket.forms.delivery.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "loket.forms.delivery.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    Receipts receipts;

    @Inject
    @ConfigProperty(name = "loket.forms.delivery.interval-seconds", defaultValue = "5")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "loket.forms.delivery.batch-size", defaultValue = "100")
    int batchSize;

    /** Every hand-over to the back office is written to the processing log (sdk-consent). */
    @Inject
    ProcessingRecorder recorder;

    @Inject
    PurposeRegistry purposes;

    @Inject
    @ConfigProperty(name = "loket.consent.submissions.controller", defaultValue = "gemeente-voorbeeld")
    String submissionsController;

    @Inject
    @ConfigProperty(name = "loket.consent.submissions.purpose", defaultValue = "aanvraag-behandelen")
    String submissionsPurpose;

    private ScheduledFuture<?> schedule;

    /** Runs after start-up; {@link SchemaSetup} has created the outbox table by then. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        SubmissionDelivery delivery = LoggedDelivery.wrap(delivery(), recorder, purposes, submissionsController,
                submissionsPurpose);
        OutboxRelay relay = OutboxRelay.onDatabase(dataSource, delivery, RetryPolicy.DEFAULT, Clock.systemUTC(),
                batchSize);
        schedule = scheduler.scheduleWithFixedDelay(() -> relayOnce(relay), intervalSeconds, intervalSeconds,
                TimeUnit.SECONDS);
    }

    private SubmissionDelivery delivery() {
        if (webhookUrl.isPresent()) {
            return new WebhookDelivery(URI.create(webhookUrl.get().strip()), receipts.signingKey());
        }
        return directory.<SubmissionDelivery>map(d -> new FileDelivery(Path.of(d))).orElseGet(LogDelivery::new);
    }

    /**
     * Relays batch after batch while there is work, for at most one interval: under load a single batch
     * per interval would let the outbox grow without end. Rows that failed wait for their backoff, so
     * the loop ends when only those are left.
     */
    private void relayOnce(OutboxRelay relay) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(intervalSeconds);
        try {
            RelayRun run;
            do {
                run = relay.relayDue();
            } while (run.attempted() > 0 && System.nanoTime() < until);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log, and let the next run retry.
            LOG.log(Level.WARNING, "Delivering submissions failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
