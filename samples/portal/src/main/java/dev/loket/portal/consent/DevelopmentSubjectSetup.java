package dev.loket.portal.consent;

import dev.loket.consent.web.CurrentDataSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who is asking for the citizen's own consent pages: until the OIDC login lands, the development
 * sign-in's cookie ({@link DevelopmentSignIn}) when {@code loket.consent.development-sign-in=true},
 * else nobody (the pages answer 401). Replace this producer with one that reads the login session.
 */
@ApplicationScoped
public class DevelopmentSubjectSetup {

    private static final Logger LOG = Logger.getLogger(DevelopmentSubjectSetup.class.getName());

    /** Who is asking: the pseudonym in the development cookie, while development sign-in is on. */
    @Produces
    @Singleton
    CurrentDataSubject currentDataSubject(@ConfigProperty(name = DevelopmentSignIn.ENABLED, defaultValue = "false")
                                          boolean enabled) {
        if (!enabled) {
            return request -> Optional.empty();
        }
        LOG.warning(() -> "Citizens are identified by the development sign-in (" + DevelopmentSignIn.ENABLED + "=true): anyone can claim"
                + " any BSN; replace it with a real login outside development");
        return DevelopmentSignIn::subjectOf;
    }

}
