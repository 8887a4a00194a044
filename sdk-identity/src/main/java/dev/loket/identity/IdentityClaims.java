package dev.loket.identity;

import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.KvkBranchNumber;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.core.identifier.Rsin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who logged in from a verified token. The NL GOV profile names the kind of identifier in
 * {@code sub_id_type} ({@code urn:nl-eid-gdi:1.0:id:BSN}, {@code ...:KvKnr}, {@code ...:RSIN},
 * {@code ...:pseudonym}); brokers such as Keycloak often send the number in a claim of its own
 * instead ({@code bsn}, {@code kvk}), whose names are configurable. The order of preference is
 * BSN, KvK number, eIDAS person identifier, employee roles, and otherwise a pseudonym.
 *
 * <p>A BSN that fails the elfproef is not a BSN: such a token yields no citizen (it becomes
 * {@link Identity.Pseudonymous}), because a number we cannot trust must not reach prefill or records.
 */
public final class IdentityClaims {

    static final String SUB_ID_TYPE = "sub_id_type";
    static final String BSN_TYPE = "urn:nl-eid-gdi:1.0:id:BSN";
    static final String KVK_TYPE = "urn:nl-eid-gdi:1.0:id:KvKnr";
    static final String RSIN_TYPE = "urn:nl-eid-gdi:1.0:id:RSIN";
    /** eIDAS PersonIdentifier: issuing country, receiving country, identifier. */
    private static final Pattern EIDAS_ID = Pattern.compile("[A-Z]{2}/[A-Z]{2}/.+");
    private static final Set<String> STANDARD_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    private final AssuranceLevels levels;
    private final String bsnClaim;
    private final String kvkClaim;
    private final String branchClaim;
    private final String rsinClaim;
    private final String eidasClaim;
    private final String rolesClaim;

    private IdentityClaims(Builder builder) {
        this.levels = builder.levels;
        this.bsnClaim = builder.bsnClaim;
        this.kvkClaim = builder.kvkClaim;
        this.branchClaim = builder.branchClaim;
        this.rsinClaim = builder.rsinClaim;
        this.eidasClaim = builder.eidasClaim;
        this.rolesClaim = builder.rolesClaim;
    }

    /** The standard claim names and the standard {@code acr} mapping. */
    public static IdentityClaims standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The login this token proves. */
    public Login login(VerifiedToken token) {
        Map<String, Object> claims = token.claims().getClaims();
        Identity identity = identity(claims, token.issuer());
        LevelOfAssurance level = token.text("acr").flatMap(levels::of).orElse(LevelOfAssurance.NONE);
        Optional<Mandate> mandate = mandate(claims, token);
        Optional<String> actor = token.object("act").map(act -> act.get("sub")).filter(String.class::isInstance)
                .map(String.class::cast);
        return new Login(identity, level, mandate, actor, token.expiresAt());
    }

    private Identity identity(Map<String, Object> claims, String issuer) {
        String subject = text(claims, "sub").orElseThrow();
        Optional<String> type = text(claims, SUB_ID_TYPE);
        Optional<Bsn> bsn = text(claims, bsnClaim).or(() -> type.filter(BSN_TYPE::equals).map(t -> subject))
                .flatMap(Bsn::parse);
        if (bsn.isPresent()) {
            return new Identity.Citizen(bsn.get());
        }
        Optional<KvkNumber> kvk = text(claims, kvkClaim).or(() -> type.filter(KVK_TYPE::equals).map(t -> subject))
                .flatMap(KvkNumber::parse);
        if (kvk.isPresent()) {
            return new Identity.Company(kvk.get(), text(claims, branchClaim).flatMap(KvkBranchNumber::parse),
                    text(claims, rsinClaim).or(() -> type.filter(RSIN_TYPE::equals).map(t -> subject)).flatMap(Rsin::parse));
        }
        Optional<String> eidas = text(claims, eidasClaim).filter(id -> EIDAS_ID.matcher(id).matches());
        if (eidas.isPresent()) {
            return new Identity.EuCitizen(eidas.get(), text(claims, "given_name"), text(claims, "family_name"),
                    text(claims, "birthdate").flatMap(IdentityClaims::date));
        }
        Set<String> roles = roles(claims);
        if (!roles.isEmpty()) {
            return new Identity.Employee(text(claims, "preferred_username").orElse(subject), roles);
        }
        return new Identity.Pseudonymous(issuer, subject);
    }

    /** The deepest {@code represents} is the represented party; the ones above it are intermediaries. */
    private Optional<Mandate> mandate(Map<String, Object> claims, VerifiedToken token) {
        List<Identity> chain = new ArrayList<>();
        Object represents = claims.get("represents");
        Optional<Instant> validUntil = Optional.empty();
        int depth = 0;
        while (represents instanceof Map<?, ?> party && depth++ < 8) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) party;
            if (text(members, "sub").isEmpty()) {
                break;
            }
            chain.add(represented(members));
            validUntil = number(members, "valid_until").map(Instant::ofEpochSecond);
            represents = members.get("represents");
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        Identity represented = chain.remove(chain.size() - 1);
        Optional<String> service = token.text("scope").flatMap(scope -> List.of(scope.split(" ")).stream()
                .filter(s -> !s.isBlank() && !STANDARD_SCOPES.contains(s)).findFirst());
        return Optional.of(new Mandate(represented, chain, service, validUntil));
    }

    private Identity represented(Map<String, Object> party) {
        String subject = text(party, "sub").orElseThrow();
        String issuer = text(party, "iss").orElse("");
        Optional<String> type = text(party, SUB_ID_TYPE);
        if (type.filter(BSN_TYPE::equals).isPresent()) {
            Optional<Bsn> bsn = Bsn.parse(subject);
            if (bsn.isPresent()) {
                return new Identity.Citizen(bsn.get());
            }
        }
        Optional<KvkNumber> kvk = type.filter(KVK_TYPE::equals).map(t -> subject)
                .or(() -> alternative(party, KVK_TYPE)).flatMap(KvkNumber::parse);
        if (kvk.isPresent()) {
            Optional<Rsin> rsin = type.filter(RSIN_TYPE::equals).map(t -> subject).flatMap(Rsin::parse);
            return new Identity.Company(kvk.get(), Optional.empty(), rsin);
        }
        return new Identity.Pseudonymous(issuer, subject);
    }

    /** {@code alt_sub}: the same party under another identifier, as the profile's example gives a KvK number beside an RSIN. */
    private static Optional<String> alternative(Map<String, Object> party, String type) {
        Object alt = party.get("alt_sub");
        Collection<?> alternatives = alt instanceof Collection<?> c ? c : alt == null ? List.of() : List.of(alt);
        for (Object one : alternatives) {
            if (one instanceof Map<?, ?> m && type.equals(m.get(SUB_ID_TYPE)) && m.get("sub") instanceof String sub) {
                return Optional.of(sub);
            }
        }
        return Optional.empty();
    }

    /** Roles from a top-level claim ({@code roles}) or a dotted path ({@code realm_access.roles}, as Keycloak sends them). */
    private Set<String> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Set<String> roles = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
        }
        return roles;
    }

    private static Optional<String> text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static Optional<Long> number(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Claim names and the {@code acr} mapping; each has the default shown. */
    public static final class Builder {
        private AssuranceLevels levels = AssuranceLevels.standard();
        private String bsnClaim = "bsn";
        private String kvkClaim = "kvk";
        private String branchClaim = "kvk_branch";
        private String rsinClaim = "rsin";
        private String eidasClaim = "eidas_id";
        private String rolesClaim = "roles";

        private Builder() {
        }

        /** The {@code acr} mapping; {@link AssuranceLevels#standard()}. */
        public Builder levels(AssuranceLevels levels) {
            this.levels = Objects.requireNonNull(levels);
            return this;
        }

        /** The claim with the BSN; {@code bsn}. */
        public Builder bsnClaim(String name) {
            this.bsnClaim = name;
            return this;
        }

        /** The claim with the KvK number; {@code kvk}. */
        public Builder kvkClaim(String name) {
            this.kvkClaim = name;
            return this;
        }

        /** The claim with the branch (vestigings) number; {@code kvk_branch}. */
        public Builder branchClaim(String name) {
            this.branchClaim = name;
            return this;
        }

        /** The claim with the RSIN; {@code rsin}. */
        public Builder rsinClaim(String name) {
            this.rsinClaim = name;
            return this;
        }

        /** The claim with the eIDAS person identifier; {@code eidas_id}. */
        public Builder eidasClaim(String name) {
            this.eidasClaim = name;
            return this;
        }

        /** The claim with an employee's roles, dotted for a nested one; {@code roles}. */
        public Builder rolesClaim(String name) {
            this.rolesClaim = name;
            return this;
        }

        public IdentityClaims build() {
            return new IdentityClaims(this);
        }
    }
}
