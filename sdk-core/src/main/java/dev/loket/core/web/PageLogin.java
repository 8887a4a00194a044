package dev.loket.core.web;

import java.util.Objects;
import java.util.Optional;

/**
 * What the shared pages know about logging in, told by the application's login module (sdk-identity
 * provides one): who is logged in on this request, for the header with its logout button, and where a
 * person logs in. sdk-core has no login of its own and does not know sdk-identity; without a CDI bean
 * of this type, pages show nobody as logged in and offer no login.
 */
public interface PageLogin {

    /** Who is logged in on the current request; empty when nobody is. */
    Optional<LoggedIn> loggedIn();

    /**
     * The path within the application that logs a person in and brings them back to {@code returnTo}
     * (a path within the application, starting with {@code /}); empty when the application has no login.
     */
    Optional<String> loginPath(String returnTo);

    /**
     * A logged-in person as the header names them: by name when the login gave one, never by an
     * identifier such as a BSN.
     *
     * @param name the person's name; empty when the login gave none (the header then says "you")
     */
    record LoggedIn(Optional<String> name) {
        public LoggedIn {
            Objects.requireNonNull(name, "name");
            name = name.map(String::strip).filter(n -> !n.isEmpty());
        }
    }
}
