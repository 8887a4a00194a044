package dev.loket.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the level of assurance from a token's {@code acr} claim. DigiD, eHerkenning and eIDAS
 * each name their levels differently; this maps them onto the one scale of
 * {@link LevelOfAssurance}, after the NL GOV Assurance profile for OpenID Connect. Agencies whose
 * broker sends other values add them with {@link #with(String, LevelOfAssurance)}.
 */
public final class AssuranceLevels {

    private static final Map<String, LevelOfAssurance> STANDARD = Map.ofEntries(
            // eIDAS
            Map.entry("http://eidas.europa.eu/LoA/low", LevelOfAssurance.LOW),
            Map.entry("http://eidas.europa.eu/LoA/substantial", LevelOfAssurance.SUBSTANTIAL),
            Map.entry("http://eidas.europa.eu/LoA/high", LevelOfAssurance.HIGH),
            // DigiD (SAML authentication context classes): basis, midden, substantieel, hoog
            Map.entry("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport", LevelOfAssurance.LOW),
            Map.entry("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract", LevelOfAssurance.LOW),
            Map.entry("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard", LevelOfAssurance.SUBSTANTIAL),
            Map.entry("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI", LevelOfAssurance.HIGH),
            // eHerkenning: EH1 and EH2/EH2+ below substantial, EH3 substantial, EH4 high
            Map.entry("urn:etoegang:core:assurance-class:loa1", LevelOfAssurance.NONE),
            Map.entry("urn:etoegang:core:assurance-class:loa2", LevelOfAssurance.LOW),
            Map.entry("urn:etoegang:core:assurance-class:loa2plus", LevelOfAssurance.LOW),
            Map.entry("urn:etoegang:core:assurance-class:loa3", LevelOfAssurance.SUBSTANTIAL),
            Map.entry("urn:etoegang:core:assurance-class:loa4", LevelOfAssurance.HIGH));

    private final Map<String, LevelOfAssurance> levels;

    private AssuranceLevels(Map<String, LevelOfAssurance> levels) {
        this.levels = Map.copyOf(levels);
    }

    /** The mapping of the NL GOV Assurance profile. */
    public static AssuranceLevels standard() {
        return new AssuranceLevels(STANDARD);
    }

    /** This mapping plus one more {@code acr} value (or a different level for a known one). */
    public AssuranceLevels with(String acr, LevelOfAssurance level) {
        Map<String, LevelOfAssurance> more = new HashMap<>(levels);
        more.put(acr, level);
        return new AssuranceLevels(more);
    }

    /**
     * This mapping plus the pairs in {@code mapping}, as configured in
     * {@code loket.identity.acr-levels}: {@code acr=LEVEL} separated by commas or white space, e.g.
     * {@code urn:example:loa:3=SUBSTANTIAL, urn:example:loa:4=HIGH}.
     *
     * @throws IllegalArgumentException for a pair without {@code =} or an unknown level
     */
    public AssuranceLevels with(String mapping) {
        AssuranceLevels result = this;
        for (String pair : mapping.split("[,\\s]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("An acr mapping is acr=LEVEL, not " + pair);
            }
            result = result.with(pair.substring(0, equals), LevelOfAssurance.valueOf(
                    pair.substring(equals + 1).strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return result;
    }

    /**
     * The level for an {@code acr} value; empty for a value nobody mapped, which a relying party
     * must treat as no assurance at all rather than guess.
     */
    public Optional<LevelOfAssurance> of(String acr) {
        return Optional.ofNullable(acr).map(String::strip).map(levels::get);
    }
}
