package dev.loket.identity.internal.web;

import dev.loket.core.web.PageLogin;
import dev.loket.identity.Identity;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tells the shared layout of sdk-core who is logged in and where to log in, so its header shows the
 * person with a logout button. Only a name travels, and only when the login gave one (eIDAS does): a
 * BSN, KvK number or pseudonym is never shown; without a name the header says "you".
 */
@ApplicationScoped
public class IdentityPageLogin implements PageLogin {

    @Inject
    CurrentLogin current;

    @Inject
    IdentityRuntime runtime;

    @Override
    public Optional<LoggedIn> loggedIn() {
        return current.login().map(login -> new LoggedIn(nameOf(login.identity())));
    }

    @Override
    public Optional<String> loginPath(String returnTo) {
        return runtime.relyingParty().map(party ->
                "/auth/login?return=" + URLEncoder.encode(LoginResource.local(returnTo), StandardCharsets.UTF_8));
    }

    static Optional<String> nameOf(Identity identity) {
        if (identity instanceof Identity.EuCitizen eu && (eu.givenName().isPresent() || eu.familyName().isPresent())) {
            return Optional.of(String.join(" ", Stream.of(eu.givenName(), eu.familyName()).flatMap(Optional::stream).toList()));
        }
        return Optional.empty();
    }
}
