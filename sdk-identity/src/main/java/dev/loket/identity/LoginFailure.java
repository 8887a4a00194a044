package dev.loket.identity;

/** Why a login did not complete; logged, and shown to the person as "try again". */
public enum LoginFailure {
    /** The callback came without the login-state cookie, or the cookie was not ours or had expired. */
    NO_LOGIN_STATE,
    /** The callback's {@code state} is not the one in the login-state cookie. */
    STATE_MISMATCH,
    /** This login state was already used once. */
    STATE_REPLAYED,
    /** The broker answered the callback with an error (the person cancelled, for instance). */
    PROVIDER_ERROR,
    /** The broker's token endpoint or discovery could not be used. */
    PROVIDER_UNREACHABLE,
    /** The ID token was refused by {@link TokenVerifier}. */
    TOKEN_REJECTED,
    /** The login succeeded but below the level the step-up asked for. */
    ASSURANCE_NOT_REACHED,
    /**
     * Another person logged in than the one whose session was open when the login started (a
     * step-up, or logging in again): that session was ended, and the new login is not used either.
     */
    PERSON_CHANGED
}
