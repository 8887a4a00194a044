package dev.loket.portal.consent;

import dev.loket.consent.web.CurrentDataSubject;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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

    /** {@code current} is request-scoped: each call reads the login of the request being served. */
    @Produces
    @Singleton
    CurrentDataSubject currentDataSubject(Pseudonyms pseudonyms, CurrentLogin current, DevelopmentSubjectCookie sealed,
                                          @ConfigProperty(name = DevelopmentSignIn.ENABLED, defaultValue = "false")
                                          boolean developmentSignIn) {
        if (!developmentSignIn) {
            return request -> loggedInCitizen(current, pseudonyms);
        }
        LOG.warning(() -> "Citizens who are not logged in may also be identified by the development sign-in ("
                + DevelopmentSignIn.ENABLED + "=true): anyone can claim any BSN; turn it off outside development");
        return request -> loggedInCitizen(current, pseudonyms).or(() -> DevelopmentSignIn.subjectOf(request, sealed));
    }

    /** Only a citizen has a consent overview: the person logged in, or whom their mandate acts for. */
    private static Optional<String> loggedInCitizen(CurrentLogin current, Pseudonyms pseudonyms) {
        return current.citizen().map(citizen -> citizen.pseudonym(pseudonyms));
    }
}
