package dev.loket.portal.consent;

import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.log.ProcessingLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * The portal's processing log, in its database, written by one thread of its own; closed (everything
 * queued written) when the application stops. Sizes from {@code loket.consent.log.*}.
 */
@ApplicationScoped
public class ProcessingLogSetup {

    private static final Logger LOG = Logger.getLogger(ProcessingLogSetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Produces
    @ApplicationScoped
    ProcessingLog processingLog(
            @ConfigProperty(name = "loket.consent.log.queue-capacity", defaultValue = "10000") int capacity,
            @ConfigProperty(name = "loket.consent.log.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "loket.consent.log.offer-timeout-ms", defaultValue = "2000") long offerTimeout) {
        // A plain thread, not one of Liberty's managed threads: the writer runs as long as the application,
        // and on a managed thread that is one local transaction containment boundary, in which every
        // connection it closes stays tied up until the boundary ends; the pool would run dry (and every
        // request then waits 30 s for a connection). The writer needs no container context.
        return ProcessingLog.onDatabase(dataSource, new ProcessingLog.Settings(capacity, batchSize,
                Duration.ofMillis(offerTimeout), Executors.defaultThreadFactory()));
    }

    /** A clean shutdown writes every queued entry before the database goes away. */
    void close(@Disposes ProcessingLog log) {
        log.close();
        LOG.info("Processing log closed; every queued entry is written");
    }

    @Produces
    @Singleton
    ProcessingRecorder recorder(ProcessingLog log, PurposeRegistry purposes, Instance<RequestTrace> requests,
                                @ConfigProperty(name = "loket.forms.counter.name", defaultValue = "") String counter) {
        return new ProcessingRecorder(log, purposes, () -> context(requests), Clock.systemUTC(), counter);
    }

    /** The request's scope; outside a request (the delivery relay), a scope of its own per entry. */
    private static TraceScope context(Instance<RequestTrace> requests) {
        try {
            RequestTrace request = requests.get();
            request.root(); // touches the proxy: throws here when no request is active
            return request;
        } catch (ContextNotActiveException e) {
            return TraceScope.detached();
        }
    }
}
