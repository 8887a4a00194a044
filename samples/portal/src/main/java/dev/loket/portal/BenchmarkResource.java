package dev.loket.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The baseline of the HTTP benchmarks ({@code benchmarks/http/run.sh}): the cheapest request the
 * portal can answer, through the same server, filters and headers as every other, so that the
 * other figures can be read as a share of it. Off unless {@code loket.benchmark.enabled=true};
 * when off, it does not exist (404).
 */
@ApplicationScoped
@Path("api/benchmark/hello")
public class BenchmarkResource {

    private final boolean enabled;

    @Inject
    public BenchmarkResource(@ConfigProperty(name = "loket.benchmark.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    /** Needed by CDI to proxy an application-scoped bean; never used to serve requests. */
    protected BenchmarkResource() {
        this(false);
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String hello() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return "hello";
    }
}
