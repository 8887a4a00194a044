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
 * A stand-in login for development, until sdk-identity's OIDC login lands: type a test BSN, and the
 * citizen's pages know you by its pseudonym (kept in a cookie; the BSN itself is not kept). Anyone
 * can claim any BSN here, so it is on only with {@code loket.consent.development-sign-in=true} and
 * logs a warning; replace it by producing another {@code CurrentDataSubject} (see {@link DataSubjectSetup}).
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

    @Context
    UriInfo uri;

    static Optional<String> subjectOf(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v.matches("[A-Za-z0-9_-]{20,100}")).findFirst());
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
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(pseudonyms.of(number.get())).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure("https".equals(uri.getRequestUri().getScheme())).build();
        return Response.seeOther(uri.getBaseUriBuilder().path("consent").build()).cookie(cookie).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}
