package dev.loket.identity;

/**
 * Why a token was refused. Each reason is logged (never with the token itself) so an operator can
 * tell a misconfigured broker ({@link #WRONG_AUDIENCE}) from an attack ({@link #ALGORITHM_NOT_ALLOWED}).
 */
public enum TokenRejection {
    /** Not a compact signed JWT, or its header or claims are not valid JSON. */
    MALFORMED,
    /** Longer than the configured limit; refused before any parsing. */
    TOO_LARGE,
    /** Unsigned ({@code alg: none}), HMAC, or another algorithm outside the allow-list. */
    ALGORITHM_NOT_ALLOWED,
    /** The header names its own key ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}); only the issuer's key set is trusted. */
    KEY_IN_HEADER,
    /** The header marks an extension as critical ({@code crit}) that this relying party does not understand. */
    UNKNOWN_CRITICAL_HEADER,
    /** No key of the issuer's key set matches the token's {@code kid} and algorithm, even after a refresh. */
    UNKNOWN_KEY,
    /** The signature does not verify with the issuer's key. */
    BAD_SIGNATURE,
    /** {@code iss} is not the configured issuer. */
    WRONG_ISSUER,
    /** {@code aud} does not name this client. */
    WRONG_AUDIENCE,
    /** {@code azp} names another client, or is missing while there are several audiences. */
    WRONG_AUTHORIZED_PARTY,
    /** {@code exp} is past, beyond the allowed clock skew. */
    EXPIRED,
    /** {@code nbf} is still to come, beyond the allowed clock skew. */
    NOT_YET_VALID,
    /** {@code iat} lies in the future, beyond the allowed clock skew. */
    ISSUED_IN_THE_FUTURE,
    /** {@code nonce} is missing or is not the one this login sent. */
    WRONG_NONCE,
    /** A claim the configuration requires ({@code sub}, {@code exp}, {@code iat}, ...) is missing. */
    MISSING_CLAIM
}
