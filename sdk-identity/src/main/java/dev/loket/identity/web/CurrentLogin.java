package dev.loket.identity.web;

import dev.loket.identity.Identity;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.Login;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The login of the current request, for any CDI bean or resource: from the session cookie of a
 * browser, or from the bearer token of an API call, both checked the same way.
 *
 * <pre>{@code
 * @Inject CurrentLogin current;
 * current.citizen().ifPresent(citizen -> prefillFor(citizen.bsn()));
 * }</pre>
 */
@RequestScoped
public class CurrentLogin {

    /** The request attribute the login is kept in. */
    public static final String ATTRIBUTE = Login.class.getName();

    private HttpServletRequest request;

    /** For CDI's proxy. */
    protected CurrentLogin() {
    }

    @Inject
    public CurrentLogin(HttpServletRequest request) {
        this.request = request;
    }

    /** The login; empty when nobody is logged in. */
    public Optional<Login> login() {
        return request.getAttribute(ATTRIBUTE) instanceof Login login ? Optional.of(login) : Optional.empty();
    }

    /** The citizen this request acts for (themselves, or whom they represent), when it is a citizen. */
    public Optional<Identity.Citizen> citizen() {
        return login().map(Login::actingFor).filter(Identity.Citizen.class::isInstance).map(Identity.Citizen.class::cast);
    }

    /** The level of the login; {@link LevelOfAssurance#NONE} without one. */
    public LevelOfAssurance level() {
        return login().map(Login::level).orElse(LevelOfAssurance.NONE);
    }
}
