package dev.loket.identity.internal.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.identity.Login;

import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The claims of a session cookie: the login, when it ends, and the ID token as a logout hint. */
public final class SessionClaims {

    private static final Logger LOG = Logger.getLogger(SessionClaims.class.getName());

    private SessionClaims() {
    }

    public static JWTClaimsSet.Builder of(Login login) {
        return LoginCodec.write(login).expirationTime(Date.from(login.expiresAt()));
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

    public static Optional<String> idTokenHint(JWTClaimsSet claims) {
        return Optional.ofNullable(claims.getClaim("id_token")).filter(String.class::isInstance).map(String.class::cast);
    }
}
