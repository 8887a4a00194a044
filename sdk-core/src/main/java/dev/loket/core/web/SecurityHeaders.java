package dev.loket.core.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts the browser's protections on every response: a content security policy without
 * {@code unsafe-inline} (so injected markup cannot run script or style), no framing by other
 * sites, no MIME sniffing, a strict referrer policy, and HSTS on HTTPS. Responses are not cached
 * unless a resource says otherwise: pages may show personal data.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    /** The policy every Loket page is built to satisfy. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("Cross-Origin-Opener-Policy", "same-origin");
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (isHttps(request)) {
            headers.putSingle("Strict-Transport-Security", HSTS);
        }
    }

    private static boolean isHttps(ContainerRequestContext request) {
        return request.getSecurityContext().isSecure() || Requests.isHttps(request.getUriInfo());
    }
}
