package dev.loket.core.web;

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
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class LoketJsonProvider extends JacksonJsonProvider {

    public LoketJsonProvider() {
        super(Json.mapper());
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
