package dev.loket.core.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.Json;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    private static final ProblemResponses.Attempt GET = new ProblemResponses.Attempt("GET", "/x", null);

    @Test
    void explainsValidationErrorsPerFieldInTheReadersLanguage() {
        LoketException invalid = new LoketException(ProblemType.VALIDATION,
                Message.of(Message.CORE_BUNDLE, "problem.validation.detail"),
                List.of(new FieldError("/email", Message.of(Message.CORE_BUNDLE, "problem.bad-request.detail"))));

        Problem problem = ProblemResponses.problemFor(invalid, Language.EN, GET);

        assertThat(problem.type()).isEqualTo(URI.create("https://loket.dev/problems/validation"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Not everything is filled in correctly");
        assertThat(problem.errors()).containsExactly(new Problem.Error("/email", "problem.bad-request.detail",
                "We could not read your request. Check what you sent and try again."));
    }

    @Test
    void findsAKnownProblemWrappedInsideAnotherException() {
        LoketException notFound = new LoketException(ProblemType.NOT_FOUND,
                Message.of(Message.CORE_BUNDLE, "problem.not-found.detail"));

        Problem problem = ProblemResponses.problemFor(new ProcessingException(notFound), Language.NL, GET);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Niet gevonden");
    }

    @Test
    void reportsUnreadableJsonAsABadRequest() {
        JsonProcessingException broken = catchParseError("{\"a\": ");

        Problem problem = ProblemResponses.problemFor(new RuntimeException(broken), Language.EN, GET);

        assertThat(problem.type()).isEqualTo(ProblemType.BAD_REQUEST.type());
        assertThat(problem.detail()).startsWith("The content is not valid JSON");
    }

    @Test
    void hidesTheCauseOfUnexpectedErrorsButLogsItUnderTheCorrelationId() {
        RecordingHandler log = new RecordingHandler();
        Logger logger = Logger.getLogger(ProblemResponses.class.getName());
        logger.addHandler(log);
        try {
            Problem problem = ProblemResponses.problemFor(
                    new IllegalStateException("secret table name"), Language.EN, GET);

            assertThat(problem.status()).isEqualTo(500);
            assertThat(problem.correlationId()).isNotBlank();
            assertThat(problem.detail()).contains(problem.correlationId()).doesNotContain("secret");
            assertThat(log.last.getMessage()).contains(problem.correlationId());
            assertThat(log.last.getThrown()).hasMessage("secret table name");
        } finally {
            logger.removeHandler(log);
        }
    }

    /* HTTP-level errors (404, 405, 406, 415) need a JAX-RS runtime: PortalProblemsIT tests them on Liberty. */

    @Test
    void writesOnlyTheMembersThatHaveAValue() throws Exception {
        Problem problem = ProblemResponses.problemFor(new LoketException(ProblemType.NOT_FOUND,
                Message.of(Message.CORE_BUNDLE, "problem.not-found.detail")), Language.EN, GET);

        String json = Json.mapper().writeValueAsString(problem);

        assertThat(json).contains("\"type\":\"https://loket.dev/problems/not-found\"")
                .contains("\"status\":404")
                .doesNotContain("correlationId")
                .doesNotContain("errors");
    }

    private static JsonProcessingException catchParseError(String json) {
        try {
            Json.mapper().readTree(json);
            throw new AssertionError("expected a parse error");
        } catch (JsonProcessingException e) {
            return e;
        }
    }

    private static final class RecordingHandler extends Handler {
        LogRecord last;

        @Override
        public void publish(LogRecord record) {
            last = record;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
