package dev.loket.core.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.loket.core.Json;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads and writes JSON (including {@code application/problem+json}) with Loket's Jackson settings.
 * An answer is written whole into memory first and then sent with its {@code Content-Length}:
 * streaming it instead makes the server send it chunked, in more writes to the network, and an
 * error halfway would leave a client half an answer. Loket's JSON answers are small (kilobytes).
 *
 * <p>What a client sends is read with tighter limits than Jackson's defaults (nesting 1000 deep, strings
 * of 20 million characters): {@link #MAX_NESTING_DEPTH} and {@link #MAX_STRING_LENGTH}, far beyond any
 * form's answers, so a hostile body fails while it is parsed instead of costing memory and time later.
 * The size of the whole body is bounded by {@link JsonBodyLimit}.
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class LoketJsonProvider extends JacksonJsonProvider {

    /** How deep objects and arrays in a request body may nest. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string (or property name) in a request body, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** Loket's settings, with the limits for untrusted input. */
    static final ObjectMapper REQUEST_MAPPER = requestMapper();

    private static ObjectMapper requestMapper() {
        // copy() copies the factory too: the shared mapper keeps Jackson's limits for what Loket wrote itself.
        ObjectMapper mapper = Json.mapper().copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }

    public LoketJsonProvider() {
        super(REQUEST_MAPPER);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, body);
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, body.size());
        body.writeTo(entityStream);
    }
}
