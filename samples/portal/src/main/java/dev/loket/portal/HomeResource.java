package dev.loket.portal;

import dev.loket.core.web.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The landing page. */
@Path("/")
public class HomeResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The portal's landing page (HTML, nl or en)")
    public Page home() {
        return Page.of("portal/home");
    }
}
