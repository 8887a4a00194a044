package dev.loket.portal;

import dev.loket.forms.draft.DraftFiles;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.SubmissionStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the portal keeps drafts and submissions (its database) and how it signs receipts: with the key in
 * {@code loket.forms.receipts.signing-key} (a private EC P-256 JWK), or a temporary development key.
 */
@ApplicationScoped
public class SubmissionSetup {

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Produces
    @Singleton
    SubmissionStore submissions(
            @ConfigProperty(name = "loket.forms.submissions.batch-size", defaultValue = "64") int batchSize,
            @ConfigProperty(name = "loket.forms.submissions.writers", defaultValue = "2") int writers) {
        return SubmissionStore.onDatabase(dataSource, Clock.systemUTC(), batchSize, writers);
    }

    @Produces
    @Singleton
    DraftStore drafts(@ConfigProperty(name = "loket.forms.draft-lifetime-days", defaultValue = "30") long days) {
        return DraftStore.onDatabase(dataSource, Clock.systemUTC(), Duration.ofDays(days));
    }

    @Produces
    @Singleton
    DraftFiles draftFiles() {
        return DraftFiles.onDatabase(dataSource, Clock.systemUTC());
    }

    @Produces
    @Singleton
    Receipts receipts(@ConfigProperty(name = "loket.forms.receipts.signing-key") Optional<String> signingKey,
                      @ConfigProperty(name = "loket.forms.receipts.issuer", defaultValue = "loket-portal") String issuer) {
        return signingKey.map(key -> Receipts.withKey(key, issuer)).orElseGet(() -> Receipts.withDevelopmentKey(issuer));
    }
}
