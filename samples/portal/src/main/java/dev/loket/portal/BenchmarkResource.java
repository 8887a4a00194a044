package dev.loket.portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baselines of the HTTP benchmarks ({@code benchmarks/http/run.sh}): the cheapest request the
 * portal can answer, through the same server, filters and headers as every other, so that the
 * other figures can be read as a share of it; and the cheapest request that asks the database
 * something, the floor of every page that reads a draft. Off unless
 * {@code loket.benchmark.enabled=true}; when off, they do not exist (404).
 */
@ApplicationScoped
@Path("api/benchmark")
public class BenchmarkResource {

    private final boolean enabled;

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Inject
    public BenchmarkResource(@ConfigProperty(name = "loket.benchmark.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    /** Needed by CDI to proxy an application-scoped bean; never used to serve requests. */
    protected BenchmarkResource() {
        this(false);
    }

    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String hello() {
        requireEnabled();
        return "hello";
    }

    /**
     * One {@code SELECT 1} through the portal's connection pool: less than any real read (a step
     * page reads its draft by primary key), so what it costs is a lower bound for those.
     */
    @GET
    @Path("query")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String query() {
        requireEnabled();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1");
             ResultSet row = select.executeQuery()) {
            row.next();
            return "hello " + row.getInt(1);
        } catch (SQLException e) {
            // The cause stays in the server: a benchmark endpoint tells a client no more than any other.
            throw new ServiceUnavailableException("The database did not answer.", (Long) null, e);
        }
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}
