package dev.loket.core.web;

import jakarta.ws.rs.core.UriInfo;

/**
 * Facts about a request, from the JAX-RS API, so that pages and problems render the same on any
 * JAX-RS runtime.
 */
final class Requests {

    private Requests() {
    }

    static boolean isHttps(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }

    /** The application's base path without the trailing slash: {@code ""} at the root. */
    static String base(UriInfo uri) {
        String path = uri.getBaseUri().getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The path of this request within the application, starting with {@code /}. */
    static String path(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/") ? path : "/" + path;
    }
}
