package dev.loket.identity.internal.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.identity.Login;

import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The claims of a session cookie: the login, when it ends, and the session's id (the JWT id), by
 * which logout revokes it on every instance. The ID token is not kept: it would only serve as a
 * logout hint, and a hint travels in a URL, with the BSN in it.
 */
public final class SessionClaims {

    private static final Logger LOG = Logger.getLogger(SessionClaims.class.getName());

    private SessionClaims() {
    }

    public static JWTClaimsSet.Builder of(Login login, String sessionId) {
        return LoginCodec.write(login).jwtID(sessionId).expirationTime(Date.from(login.expiresAt()));
    }

    /** The session's id; empty for a cookie of an older version, which is then no session. */
    public static Optional<String> sessionId(JWTClaimsSet claims) {
        return Optional.ofNullable(claims.getJWTID()).filter(id -> !id.isBlank());
    }

    public static Optional<Login> login(JWTClaimsSet claims) {
        try {
            return Optional.of(LoginCodec.read(claims));
        } catch (ParseException | RuntimeException e) {
            // A cookie we sealed ourselves but cannot read: an older version's format. Log in again.
            LOG.log(Level.FINE, "Unreadable session cookie", e);
            return Optional.empty();
        }
    }
}
