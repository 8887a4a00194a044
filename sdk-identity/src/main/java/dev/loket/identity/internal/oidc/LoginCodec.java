package dev.loket.identity.internal.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.KvkBranchNumber;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.core.identifier.Rsin;
import dev.loket.identity.Identity;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.Login;
import dev.loket.identity.Mandate;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link Login} as the claims of a session cookie, and back. Only the sealed cookie ever holds these. */
final class LoginCodec {

    private LoginCodec() {
    }

    static JWTClaimsSet.Builder write(Login login) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim("who", identity(login.identity()))
                .claim("loa", login.level().name())
                .claim("login_exp", login.expiresAt().getEpochSecond());
        login.actor().ifPresent(actor -> claims.claim("actor", actor));
        login.mandate().ifPresent(mandate -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("for", identity(mandate.represented()));
            m.put("via", mandate.intermediaries().stream().map(LoginCodec::identity).toList());
            mandate.service().ifPresent(s -> m.put("service", s));
            mandate.validUntil().ifPresent(u -> m.put("until", u.getEpochSecond()));
            claims.claim("mandate", m);
        });
        return claims;
    }

    @SuppressWarnings("unchecked")
    static Login read(JWTClaimsSet claims) throws ParseException {
        Identity identity = identity(claims.getJSONObjectClaim("who"));
        LevelOfAssurance level = LevelOfAssurance.valueOf(claims.getStringClaim("loa"));
        Instant expiresAt = Instant.ofEpochSecond(claims.getLongClaim("login_exp"));
        Optional<Mandate> mandate = Optional.ofNullable(claims.getJSONObjectClaim("mandate")).map(m -> new Mandate(
                identity((Map<String, Object>) m.get("for")),
                ((List<Map<String, Object>>) m.getOrDefault("via", List.of())).stream().map(LoginCodec::identity).toList(),
                Optional.ofNullable((String) m.get("service")),
                Optional.ofNullable((Number) m.get("until")).map(n -> Instant.ofEpochSecond(n.longValue()))));
        return new Login(identity, level, mandate, Optional.ofNullable(claims.getStringClaim("actor")), expiresAt);
    }

    private static Map<String, Object> identity(Identity identity) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (identity instanceof Identity.Citizen c) {
            m.put("kind", "citizen");
            m.put("bsn", c.bsn().value());
        } else if (identity instanceof Identity.Company c) {
            m.put("kind", "company");
            m.put("kvk", c.kvk().value());
            c.branch().ifPresent(b -> m.put("branch", b.value()));
            c.rsin().ifPresent(r -> m.put("rsin", r.value()));
        } else if (identity instanceof Identity.EuCitizen e) {
            m.put("kind", "eidas");
            m.put("id", e.personIdentifier());
            e.givenName().ifPresent(n -> m.put("given", n));
            e.familyName().ifPresent(n -> m.put("family", n));
            e.birthDate().ifPresent(d -> m.put("born", d.toString()));
        } else if (identity instanceof Identity.Employee e) {
            m.put("kind", "employee");
            m.put("user", e.userId());
            m.put("roles", List.copyOf(e.roles()));
        } else if (identity instanceof Identity.Pseudonymous p) {
            m.put("kind", "pseudonymous");
            m.put("iss", p.issuer());
            m.put("sub", p.subject());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Identity identity(Map<String, Object> m) {
        String kind = (String) m.get("kind");
        return switch (kind) {
            case "citizen" -> new Identity.Citizen(Bsn.parse((String) m.get("bsn")).orElseThrow());
            case "company" -> new Identity.Company(KvkNumber.parse((String) m.get("kvk")).orElseThrow(),
                    Optional.ofNullable((String) m.get("branch")).flatMap(KvkBranchNumber::parse),
                    Optional.ofNullable((String) m.get("rsin")).flatMap(Rsin::parse));
            case "eidas" -> new Identity.EuCitizen((String) m.get("id"), Optional.ofNullable((String) m.get("given")),
                    Optional.ofNullable((String) m.get("family")),
                    Optional.ofNullable((String) m.get("born")).map(LocalDate::parse));
            case "employee" -> new Identity.Employee((String) m.get("user"), Set.copyOf((List<String>) m.get("roles")));
            case "pseudonymous" -> new Identity.Pseudonymous((String) m.get("iss"), (String) m.get("sub"));
            default -> throw new IllegalArgumentException("Unknown identity kind " + kind);
        };
    }
}
