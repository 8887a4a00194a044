package dev.loket.forms.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loket.core.Channel;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.conversation.TranscriptLine.Speaker;
import dev.loket.forms.submission.StoredSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FileDeliveryTest {

    @TempDir
    Path directory;

    private final StoredSubmission submission = new StoredSubmission(UUID.randomUUID(), "verhuizing", "1.0.0",
            Channel.COUNTER, "key", "{\"naam\":\"Zoë\",\"bedrag\":12.50}", "abc123",
            Instant.parse("2026-11-22T10:15:30Z"), true);

    @Test
    void writesOneJsonFilePerSubmissionWithItsData() throws Exception {
        FileDelivery delivery = new FileDelivery(directory.resolve("uit"));

        delivery.deliver(submission);

        JsonNode written = new ObjectMapper().readTree(delivery.fileOf(submission).toFile());
        assertThat(delivery.fileOf(submission).getFileName().toString()).isEqualTo(submission.id() + ".json");
        assertThat(written.get("id").asText()).isEqualTo(submission.id().toString());
        assertThat(written.get("form").asText()).isEqualTo("verhuizing");
        assertThat(written.get("channel").asText()).isEqualTo("counter");
        assertThat(written.get("dataSha256").asText()).isEqualTo("abc123");
        assertThat(written.get("data").get("naam").asText()).isEqualTo("Zoë");
        assertThat(written.get("data").get("bedrag").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void writesTheTranscriptOfAConversationInOrderAndNoneForOtherChannels() throws Exception {
        FileDelivery delivery = new FileDelivery(directory);
        StoredSubmission conversation = new StoredSubmission(UUID.randomUUID(), "verhuizing", "1.0.0",
                Channel.CONVERSATION, "conversation-1", "{}", "abc123", Instant.parse("2026-11-22T10:15:30Z"), true,
                Optional.empty(), List.of(new TranscriptLine(Speaker.LOKET, "Klopt dit?"),
                new TranscriptLine(Speaker.PERSON, "ja")));

        delivery.deliver(conversation);
        delivery.deliver(submission);

        JsonNode transcript = new ObjectMapper().readTree(delivery.fileOf(conversation).toFile()).get("transcript");
        assertThat(transcript).hasSize(2);
        assertThat(transcript.get(0).get("who").asText()).isEqualTo("loket");
        assertThat(transcript.get(0).get("text").asText()).isEqualTo("Klopt dit?");
        assertThat(transcript.get(1).get("who").asText()).isEqualTo("person");
        assertThat(transcript.get(1).get("text").asText()).isEqualTo("ja");
        assertThat(new ObjectMapper().readTree(delivery.fileOf(submission).toFile()).has("transcript")).isFalse();
    }

    @Test
    void deliveringAgainLeavesTheSameSingleFileAndNoTemporaryFiles() throws Exception {
        FileDelivery delivery = new FileDelivery(directory);
        delivery.deliver(submission);
        byte[] first = Files.readAllBytes(delivery.fileOf(submission));

        delivery.deliver(submission);
        Files.writeString(delivery.fileOf(submission), "{\"half\":");
        delivery.deliver(submission);

        assertThat(Files.readAllBytes(delivery.fileOf(submission))).as("a damaged file is replaced").isEqualTo(first);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(delivery.fileOf(submission));
        }
    }

    @Test
    void logDeliveryWritesOnlyWhatIdentifiesTheSubmission() {
        Logger logger = Logger.getLogger(LogDelivery.class.getName());
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(capture);
        try {
            assertThatCode(() -> new LogDelivery().deliver(submission)).doesNotThrowAnyException();
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }

        assertThat(lines).singleElement().asString()
                .contains(submission.id().toString(), "verhuizing", "abc123")
                .doesNotContain("Zoë", "12.50");
    }
}
