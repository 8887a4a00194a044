package dev.loket.identity.web;

import java.util.List;

/**
 * Cookies that a module's pages set for the person using them and that must not outlive their
 * login, such as the form pages' draft cookie. Logout removes every cookie that the CDI beans of this
 * type name, besides the session itself, so the next person at the same browser finds nothing of the
 * previous one. Implement it as an application-scoped bean in the module that sets the cookies.
 */
public interface LogoutCookies {

    /** The cookies to remove at logout. */
    List<Named> cookies();

    /**
     * A cookie by name and path: a browser removes a cookie only when both match what was set.
     *
     * @param name the cookie's name
     * @param path its path below the application's base path, starting with {@code /} (e.g. {@code /forms/verhuizing})
     */
    record Named(String name, String path) {
        public Named {
            if (name == null || name.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("A cookie to remove has a name and a path starting with /");
            }
        }
    }
}
