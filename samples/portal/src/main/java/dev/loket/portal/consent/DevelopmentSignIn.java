package dev.loket.portal.consent;

import dev.loket.core.identifier.Bsn;
import dev.loket.core.web.Page;
import dev.loket.identity.Pseudonyms;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in login for development: type a test BSN, and the citizen's pages know you by its
 * pseudonym, kept in a sealed cookie ({@link DevelopmentSubjectCookie}; neither the BSN nor the bare
 * pseudonym is in it). Anyone can claim any BSN here, so it is on only with
 * {@code loket.consent.development-sign-in=true}, logs a warning, and stops the start under a
 * production profile ({@link dev.loket.portal.DevelopmentDoors}); logout ends it like a login.
 */
@Path("development/sign-in")
public class DevelopmentSignIn {

    static final String ENABLED = "loket.consent.development-sign-in";
    static final String COOKIE = "loket-development-subject";

    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    DevelopmentSubjectCookie sealed;

    @Context
    UriInfo uri;

    /** The pseudonym in the request's sealed cookie, when it has one that this portal sealed and that has not ended. */
    static Optional<String> subjectOf(HttpServletRequest request, DevelopmentSubjectCookie sealed) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(sealed::open).flatMap(Optional::stream).findFirst());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Page form() {
        requireEnabled();
        return new Page("portal/sign-in", Map.of("invalid", false));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("bsn") String bsn) {
        requireEnabled();
        Optional<Bsn> number = Bsn.parse(bsn == null ? "" : bsn);
        if (number.isEmpty()) {
            return Response.status(422).entity(new Page("portal/sign-in", Map.of("invalid", true))).build();
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(sealed.seal(pseudonyms.of(number.get()))).path("/").httpOnly(true)
                .maxAge((int) DevelopmentSubjectCookie.LIFETIME.toSeconds())
                .sameSite(NewCookie.SameSite.LAX).secure("https".equals(uri.getRequestUri().getScheme())).build();
        return Response.seeOther(uri.getBaseUriBuilder().path("consent").build()).cookie(cookie).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}
