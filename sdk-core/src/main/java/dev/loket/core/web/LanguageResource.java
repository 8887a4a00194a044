package dev.loket.core.web;

import dev.loket.core.Language;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The language switch on every page: remembers the choice in a cookie and goes back to the page
 * the person was on (post/redirect/get, so reloading does not post again).
 */
@Path("language")
public class LanguageResource {

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String tag, @FormParam("returnTo") String returnTo) {
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(Requests.base(uri) + safe(returnTo)));
        Language.fromTag(tag).ifPresent(language -> redirect.cookie(new NewCookie.Builder(LanguageNegotiation.COOKIE)
                .value(language.tag())
                .path(uri.getBaseUri().getPath())
                .maxAge(365 * 24 * 3600)
                .secure(Requests.isHttps(uri))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build()));
        return redirect.build();
    }

    /**
     * Only a path on this site: never an open redirect to somewhere else. Anything else, a path that
     * is not a valid URI reference included ({@code /%zz}, {@code /a^b}), goes home: the field comes
     * from the client, so it must never end in an error.
     */
    static String safe(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x21 || c > 0x7e) || !isUriReference(returnTo)) {
            return "/";
        }
        return returnTo;
    }

    private static boolean isUriReference(String path) {
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
