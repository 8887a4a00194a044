package dev.loket.core.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code /favicon.ico}: browsers and tools ask for it on every site, whatever the page links to. The
 * shared layout links the SVG icon at {@code /assets/loket/favicon.svg}; this answers the old address
 * with the same icon as ICO, so nobody's log fills with 404s.
 */
@Path("favicon.ico")
public class FaviconResource {

    private final AssetsResource assets = new AssetsResource();

    @GET
    public Response get() {
        return assets.get("favicon.ico");
    }
}
