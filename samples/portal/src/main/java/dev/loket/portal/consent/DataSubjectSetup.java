package dev.loket.portal.consent;

import dev.loket.consent.web.CurrentDataSubject;
import dev.loket.identity.Identity;
import dev.loket.identity.Login;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who is asking for the citizen's own consent pages: the citizen of the login (sdk-identity's
 * session; a person with a mandate sees the overview of whom they act for), and, only while
 * {@code loket.consent.development-sign-in=true}, the development sign-in's cookie
 * ({@link DevelopmentSignIn}) for someone who is not logged in.
 */
@ApplicationScoped
public class DataSubjectSetup {

    private static final Logger LOG = Logger.getLogger(DataSubjectSetup.class.getName());

    @Produces
    @Singleton
    CurrentDataSubject currentDataSubject(Pseudonyms pseudonyms,
                                          @ConfigProperty(name = DevelopmentSignIn.ENABLED, defaultValue = "false")
                                          boolean developmentSignIn) {
        if (!developmentSignIn) {
            return request -> loggedInCitizen(request, pseudonyms);
        }
        LOG.warning(() -> "Citizens who are not logged in may also be identified by the development sign-in ("
                + DevelopmentSignIn.ENABLED + "=true): anyone can claim any BSN; turn it off outside development");
        return request -> loggedInCitizen(request, pseudonyms).or(() -> DevelopmentSignIn.subjectOf(request));
    }

    /** The login's filter keeps the checked login on the request; only a citizen has a consent overview. */
    private static Optional<String> loggedInCitizen(HttpServletRequest request, Pseudonyms pseudonyms) {
        return request.getAttribute(CurrentLogin.ATTRIBUTE) instanceof Login login
                && login.actingFor() instanceof Identity.Citizen citizen
                ? Optional.of(citizen.pseudonym(pseudonyms)) : Optional.empty();
    }
}
