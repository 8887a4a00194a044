package dev.loket.core.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loket.core.Json;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands Loket's Jackson settings ({@link Json#mapper()}) to every Jackson provider of the
 * application, not only to {@link LoketJsonProvider}: the Jackson JAX-RS jar registers its own
 * {@code JacksonJsonProvider} through {@code META-INF/services}, and the runtime may pick that one to
 * write an answer. Without this, such answers would be written with Jackson's defaults (nulls on the
 * wire, no {@code java.time} support). It hands over the limits on what clients send as well, so a body
 * read by that provider is bounded the same.
 */
@Provider
public class LoketObjectMapper implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return LoketJsonProvider.REQUEST_MAPPER;
    }
}
