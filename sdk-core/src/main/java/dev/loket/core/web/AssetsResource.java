package dev.loket.core.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the shared look of Loket (design tokens, base styles) from the class path, so every app
 * that embeds Loket gets the same files at {@code /assets/loket/...} without copying them.
 *
 * <p>An agency gives its pages its own look by naming its design-token file (NL Design System
 * tokens, the same custom properties as Loket's {@code tokens.css}) in {@value #THEME_SETTING}:
 * a class-path resource of the application. It is served at the same address as Loket's tokens,
 * from the same origin, so the strict content security policy needs no exception.
 */
@Path("assets/loket/{file}")
public class AssetsResource {

    /** MicroProfile Config: class-path resource with the agency's design tokens, e.g. {@code theme/tokens.css}. */
    public static final String THEME_SETTING = "loket.theme.tokens";

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
        byte[] content = read(file.equals("tokens.css") ? themeTokens() : "dev/loket/core/assets/" + file);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, TYPES.get(file.substring(file.lastIndexOf('.') + 1)))
                .cacheControl(cache)
                .build();
    }

    private static String themeTokens() {
        return ConfigProvider.getConfig().getOptionalValue(THEME_SETTING, String.class)
                .map(String::strip).filter(s -> !s.isEmpty())
                .orElse("dev/loket/core/assets/tokens.css");
    }

    private static byte[] read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : AssetsResource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
