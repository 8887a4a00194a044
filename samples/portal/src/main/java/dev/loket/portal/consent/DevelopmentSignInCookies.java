package dev.loket.portal.consent;

import dev.loket.identity.web.LogoutCookies;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Logout ends the development sign-in as well: its cookie identifies a citizen just like a login. */
@ApplicationScoped
public class DevelopmentSignInCookies implements LogoutCookies {

    @Override
    public List<Named> cookies() {
        return List.of(new Named(DevelopmentSignIn.COOKIE, "/"));
    }
}
