package dev.loket.catalogue.api;

import dev.loket.catalogue.CatalogueProblems;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Optional;

/** Who is calling: the agency whose API key is in {@code Authorization: Bearer <key>}. */
final class AgencyAuthentication {

    private static final String BEARER = "Bearer ";

    private AgencyAuthentication() {
    }

    /** The calling agency, or {@code catalogue/unauthenticated} (401). */
    static String require(HttpHeaders headers, AgencyAccounts accounts) {
        return optional(headers, accounts).orElseThrow(() -> new LoketException(CatalogueProblems.UNAUTHENTICATED,
                Message.of(CatalogueProblems.BUNDLE, "catalogue.unauthenticated")));
    }

    /** The calling agency when the request carries a key; a wrong key is refused, not ignored. */
    static Optional<String> optional(HttpHeaders headers, AgencyAccounts accounts) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new LoketException(CatalogueProblems.UNAUTHENTICATED, Message.of(CatalogueProblems.BUNDLE, "catalogue.unauthenticated"));
        }
        return Optional.of(accounts.authenticate(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> new LoketException(CatalogueProblems.UNAUTHENTICATED,
                        Message.of(CatalogueProblems.BUNDLE, "catalogue.unauthenticated"))));
    }
}
