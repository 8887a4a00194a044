package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.eligibility.KeptAnswers;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcKeptAnswersTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static KeptAnswers on(TestDatabase database, Instant now) {
        var dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        return KeptAnswers.onDatabase(dataSource, Clock.fixed(now, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsAPersonsAnswersUnderTheirPseudonymAndReplacesThemWithNewerOnes(TestDatabase database) {
        KeptAnswers kept = on(database, NOW);

        kept.put("ps-7f3a", Map.of("age", "34", "municipality", "GM0344"));
        kept.put("ps-other", Map.of("age", "70"));
        kept.put("ps-7f3a", Map.of("age", "35", "annualIncome", "21000"));

        assertThat(kept.get("ps-7f3a")).contains(Map.of("age", "35", "annualIncome", "21000"));
        assertThat(kept.get("ps-other")).contains(Map.of("age", "70"));
        assertThat(kept.get("ps-nobody")).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void deletesOnePersonsAnswersAndSaysWhetherThereWereAny(TestDatabase database) {
        KeptAnswers kept = on(database, NOW);
        kept.put("ps-7f3a", Map.of("age", "34"));

        assertThat(kept.delete("ps-7f3a")).isTrue();
        assertThat(kept.delete("ps-7f3a")).isFalse();
        assertThat(kept.get("ps-7f3a")).isEmpty();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void theRetentionPurgeDeletesOnlyWhatWasKeptBeforeTheMoment(TestDatabase database) {
        var dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        KeptAnswers early = KeptAnswers.onDatabase(dataSource, Clock.fixed(NOW.minus(Duration.ofDays(91)), ZoneOffset.UTC));
        KeptAnswers late = KeptAnswers.onDatabase(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
        early.put("ps-old", Map.of("age", "34"));
        late.put("ps-new", Map.of("age", "40"));

        assertThat(late.deleteKeptBefore(NOW.minus(Duration.ofDays(90)))).isEqualTo(1);

        assertThat(late.get("ps-old")).isEmpty();
        assertThat(late.get("ps-new")).contains(Map.of("age", "40"));
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void answersWithQuotesAndOtherScriptsComeBackAsGiven(TestDatabase database) {
        KeptAnswers kept = on(database, NOW);
        Map<String, String> answers = Map.of("nationality", "\"'; DROP TABLE x; -- ñ 中文 \u0000end");

        kept.put("ps-7f3a", answers);

        assertThat(kept.get("ps-7f3a")).contains(answers);
    }
}
