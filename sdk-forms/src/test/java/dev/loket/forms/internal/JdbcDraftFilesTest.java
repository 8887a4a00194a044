package dev.loket.forms.internal;

import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.forms.draft.DraftFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcDraftFilesTest {

    private final HandClock clock = new HandClock();

    private DraftFiles filesOn(TestDatabase database) {
        javax.sql.DataSource dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new FormsSchema());
        return new JdbcDraftFiles(dataSource, clock);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void keepsAFilesBytesAndDescribesItWithItsHash(TestDatabase database) {
        DraftFiles files = filesOn(database);
        byte[] content = "%PDF-1.7 offerte".getBytes(StandardCharsets.US_ASCII);

        DraftFiles.Added added = files.add(UUID.randomUUID(), "offerte.pdf", "application/pdf", content);

        assertThat(files.content(added.id())).hasValue(content);
        assertThat(added.size()).isEqualTo(content.length);
        assertThat(added.sha256()).isEqualTo(JdbcSubmissionStore.sha256(content));
        assertThat(added.asAnswer().path("name").asText()).isEqualTo("offerte.pdf");
        assertThat(added.asAnswer().path("id").asText()).isEqualTo(added.id().toString());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void removesOnlyFilesOfItsOwnDraftThatAreNotSentYet(TestDatabase database) {
        DraftFiles files = filesOn(database);
        UUID draft = UUID.randomUUID();
        DraftFiles.Added kept = files.add(draft, "a.pdf", "application/pdf", new byte[] {1});
        DraftFiles.Added sent = files.add(draft, "b.pdf", "application/pdf", new byte[] {2});

        files.remove(UUID.randomUUID(), kept.id());
        files.attach(draft, UUID.randomUUID());
        files.remove(draft, sent.id());

        assertThat(files.content(kept.id())).as("another draft cannot remove it").isPresent();
        assertThat(files.content(sent.id())).as("a sent file stays with its submission").isPresent();
    }
}
