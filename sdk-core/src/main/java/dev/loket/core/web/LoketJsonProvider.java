package dev.loket.core.web;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.loket.core.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/** Reads and writes JSON (including {@code application/problem+json}) with Loket's Jackson settings. */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class LoketJsonProvider extends JacksonJsonProvider {
    public LoketJsonProvider() {
        super(Json.mapper());
    }
}
