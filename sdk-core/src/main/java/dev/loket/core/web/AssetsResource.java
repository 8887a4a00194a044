package dev.loket.core.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the shared look of Loket (design tokens, base styles) from the class path, so every app
 * that embeds Loket gets the same files at {@code /assets/loket/...} without copying them.
 */
@Path("assets/loket/{file}")
public class AssetsResource {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9-]+\\.(css|js|svg|woff2|png|ico)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "woff2", "font/woff2",
            "png", "image/png",
            "ico", "image/x-icon");

    @GET
    public Response get(@PathParam("file") String file) {
        if (!SAFE_NAME.matcher(file).matches()) {
            throw new NotFoundException();
        }
        byte[] content = read("dev/loket/core/assets/" + file);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, TYPES.get(file.substring(file.lastIndexOf('.') + 1)))
                .cacheControl(cache)
                .build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetsResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
