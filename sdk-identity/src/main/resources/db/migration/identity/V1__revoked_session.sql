-- Sessions that ended before their cookie did (logout, or a login by another person in the same
-- browser): a copy of the sealed session cookie opens nothing on any instance. A row is needed only
-- while the cookie could still be used, so it is deleted once revoked_until has passed.
CREATE TABLE identity_revoked_session (
    session_id    VARCHAR(64) PRIMARY KEY,
    revoked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_revoked_session_until ON identity_revoked_session (revoked_until);
