package dev.loket.portal.identity;

import dev.loket.core.web.Page;
import dev.loket.identity.Identity;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.Login;
import dev.loket.identity.web.CurrentLogin;
import dev.loket.identity.web.RequiresAssurance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Locale;

/**
 * "Mijn omgeving": the page of the logged-in person, and a page that needs DigiD substantieel, to
 * show the step-up. Without a login, or at too low a level, {@link RequiresAssurance} sends the
 * browser to log in.
 */
@Path("mijn")
public class MyPageResource {

    @Inject
    CurrentLogin current;

    @Inject
    DevIdentityProvider devProvider;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RequiresAssurance(LevelOfAssurance.LOW)
    @Operation(summary = "The logged-in person's page (HTML)")
    public Page mine() {
        return page("mine");
    }

    @GET
    @Path("zaken")
    @Produces(MediaType.TEXT_HTML)
    @RequiresAssurance(LevelOfAssurance.SUBSTANTIAL)
    @Operation(summary = "The logged-in person's cases: needs DigiD substantieel or higher (HTML)")
    public Page cases() {
        return page("cases");
    }

    /** Both pages are the same page with another title and text: {@code section} picks them. */
    private Page page(String section) {
        Login login = current.login().orElseThrow();
        String name = login.identity() instanceof Identity.Citizen citizen
                ? devProvider.person(citizen.bsn().value()).map(TestPersons.TestPerson::name).orElse("")
                : "";
        String bsnEnd = login.identity() instanceof Identity.Citizen citizen ? citizen.bsn().value().substring(7) : "";
        return Page.of("portal/identity/mine").with("section", section).with("name", name).with("bsnEnd", bsnEnd)
                .with("level", login.level().name().toLowerCase(Locale.ROOT));
    }
}
