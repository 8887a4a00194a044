package dev.loket.core.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonBodyLimitTest {

    private final JsonBodyLimit limit = new JsonBodyLimit(16);

    @Test
    void refusesADeclaredLengthOverTheLimitBeforeReadingAByte() {
        AtomicBoolean read = new AtomicBoolean();
        ReaderInterceptorContext context = context(MediaType.APPLICATION_JSON_TYPE, "17", new byte[17], read);

        assertThatThrownBy(() -> limit.aroundReadFrom(context))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
        assertThat(read).isFalse();
    }

    @Test
    void refusesABodyWithoutLengthOnceItGrowsPastTheLimit() {
        ReaderInterceptorContext context = context(new MediaType("application", "merge-patch+json"), null,
                "{\"a\":\"0123456789abcdef\"}".getBytes(StandardCharsets.UTF_8), new AtomicBoolean());

        assertThatThrownBy(() -> limit.aroundReadFrom(context))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void readsABodyOfExactlyTheLimit() throws Exception {
        byte[] body = "{\"a\":\"012345678\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(17);

        Object read = new JsonBodyLimit(17).aroundReadFrom(context(MediaType.APPLICATION_JSON_TYPE, null, body, new AtomicBoolean()));

        assertThat(read).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void leavesOtherMediaTypesToTheirOwnLimits() throws Exception {
        byte[] body = new byte[100];

        Object read = limit.aroundReadFrom(context(MediaType.APPLICATION_XML_TYPE, "100", body, new AtomicBoolean()));

        assertThat((String) read).hasSize(100);
    }

    @Test
    void refusesJsonNestedDeeperThanTheLimitAsABadRequest() {
        String deep = "[".repeat(LoketJsonProvider.MAX_NESTING_DEPTH + 1) + "]".repeat(LoketJsonProvider.MAX_NESTING_DEPTH + 1);
        String fine = "[".repeat(LoketJsonProvider.MAX_NESTING_DEPTH) + "]".repeat(LoketJsonProvider.MAX_NESTING_DEPTH);

        JsonProcessingException refused = catchThrowableOfType(JsonProcessingException.class,
                () -> LoketJsonProvider.REQUEST_MAPPER.readTree(deep));

        assertThat(refused).isNotNull();
        Problem problem = ProblemResponses.problemFor(refused, Language.EN, new ProblemResponses.Attempt("POST", "/x", null));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(catchThrowableOfType(Exception.class, () -> LoketJsonProvider.REQUEST_MAPPER.readTree(fine))).isNull();
    }

    @Test
    void refusesAStringLongerThanTheLimit() throws Exception {
        String tooLong = "\"" + "x".repeat(LoketJsonProvider.MAX_STRING_LENGTH + 1) + "\"";
        String longest = "\"" + "x".repeat(LoketJsonProvider.MAX_STRING_LENGTH) + "\"";

        assertThatThrownBy(() -> LoketJsonProvider.REQUEST_MAPPER.readTree(tooLong)).isInstanceOf(JsonProcessingException.class);
        JsonNode read = LoketJsonProvider.REQUEST_MAPPER.readTree(longest);
        assertThat(read.textValue()).hasSize(LoketJsonProvider.MAX_STRING_LENGTH);
    }

    /** A context whose "reader" reads the whole (possibly wrapped) stream into a string. */
    private static ReaderInterceptorContext context(MediaType type, String contentLength, byte[] body, AtomicBoolean read) {
        AtomicReference<InputStream> stream = new AtomicReference<>(new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                read.set(true);
                return super.read(b, off, len);
            }
        });
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentLength != null) {
            headers.putSingle("Content-Length", contentLength);
        }
        return (ReaderInterceptorContext) Proxy.newProxyInstance(JsonBodyLimitTest.class.getClassLoader(),
                new Class<?>[]{ReaderInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMediaType" -> type;
                    case "getHeaders" -> headers;
                    case "getInputStream" -> stream.get();
                    case "setInputStream" -> {
                        stream.set((InputStream) args[0]);
                        yield null;
                    }
                    case "proceed" -> new String(stream.get().readAllBytes(), StandardCharsets.UTF_8);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
