package dev.loket.catalogue.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** A 401 of the catalogue API says how to authenticate (RFC 6750): with an agency's API key as bearer token. */
@Provider
public class BearerChallenge implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/catalogue")
                && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"loket-catalogue\"");
        }
    }
}
