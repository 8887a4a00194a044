package dev.loket.consent.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Who is asking for their own overview: the pseudonym of the person signed in on this request.
 * The embedding application provides one CDI bean of this type, usually from its login (sdk-identity's
 * OIDC session: the pseudonym of the BSN in the token). Without one, the citizen's own pages answer
 * 401 and only the counter (an employee for a citizen in person) can show an overview.
 */
@FunctionalInterface
public interface CurrentDataSubject {

    /** The signed-in person's pseudonym (never a BSN); empty when nobody is signed in. */
    Optional<String> of(HttpServletRequest request);
}
