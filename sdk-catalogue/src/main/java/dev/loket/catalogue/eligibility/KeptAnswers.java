package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.internal.store.JdbcKeptAnswers;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The answers people asked to have kept, by their pseudonym, in {@code catalogue_kept_answers}.
 * This store does not check consent: an {@link AnswerMemory} does, before it keeps or reads.
 */
public interface KeptAnswers {

    /** Keeps the subject's answers, in place of any kept before. */
    void put(String subject, Map<String, String> answers);

    /** The subject's kept answers; empty when none are kept. */
    Optional<Map<String, String>> get(String subject);

    /** Deletes the subject's answers; whether there were any. */
    boolean delete(String subject);

    /** Deletes every answer kept before {@code moment}: the end of retention. How many were deleted. */
    int deleteKeptBefore(Instant moment);

    /** Answers in a database migrated with sdk-catalogue's schema; {@code clock} stamps when they were kept. */
    static KeptAnswers onDatabase(DataSource dataSource, Clock clock) {
        return new JdbcKeptAnswers(dataSource, clock);
    }
}
