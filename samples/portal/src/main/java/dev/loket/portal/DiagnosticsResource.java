package dev.loket.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Provokes an unexpected error, so tests and operators can see on a real server that a bug is
 * answered with a 500 that reveals nothing but a correlation id, and that the same id is in the
 * log. Off unless {@code loket.diagnostics.enabled=true}; when off, it does not exist (404).
 */
@Path("api/diagnostics/unexpected-error")
public class DiagnosticsResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        boolean enabled = ConfigProvider.getConfig()
                .getOptionalValue("loket.diagnostics.enabled", Boolean.class)
                .orElse(false);
        if (!enabled) {
            throw new NotFoundException();
        }
        throw new IllegalStateException("Deliberate failure from DiagnosticsResource (diagnostics are enabled)");
    }
}
