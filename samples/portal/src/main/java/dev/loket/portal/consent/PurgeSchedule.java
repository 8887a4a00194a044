package dev.loket.portal.consent;

import dev.loket.catalogue.eligibility.AnswerMemory;
import dev.loket.consent.Retention;
import dev.loket.portal.catalogue.ConsentedAnswerMemory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies every purpose's retention period once every {@code loket.consent.purge.interval-hours}
 * (default 24), starting a minute after start-up; {@code 0} turns the purge off.
 */
@ApplicationScoped
public class PurgeSchedule {

    private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    Retention retention;

    /** Eligibility answers kept with consent have the retention of their purpose too. */
    @Inject
    AnswerMemory answers;

    @Inject
    @ConfigProperty(name = "loket.consent.purge.interval-hours", defaultValue = "24")
    long intervalHours;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (intervalHours <= 0) {
            LOG.warning("The retention purge is off (loket.consent.purge.interval-hours=0): nothing is removed when its time is up");
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::purgeOnce, 1,
                TimeUnit.HOURS.toMinutes(intervalHours), TimeUnit.MINUTES);
    }

    private void purgeOnce() {
        try {
            retention.purge();
            if (answers instanceof ConsentedAnswerMemory consented) {
                int purged = consented.purgeExpired();
                LOG.info(() -> "Retention purge: " + purged + " kept eligibility answers deleted");
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log, and let the next run retry.
            LOG.log(Level.WARNING, "The retention purge failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
