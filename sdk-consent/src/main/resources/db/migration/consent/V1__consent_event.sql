-- Consent records (ISO/IEC TS 27560) as append-only events: a row is written once and never
-- updated or deleted. Each row carries the SHA-256 of its canonical content and the hash of the
-- subject's previous event, so a changed or removed row breaks the subject's chain.
-- The unique (subject, sequence) makes concurrent writers for one subject take turns: the loser
-- re-reads the chain and tries again, so the chain never forks.
CREATE TABLE consent_event (
    id                UUID PRIMARY KEY,
    subject           VARCHAR(200) NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    controller        VARCHAR(200) NOT NULL,
    purpose_id        VARCHAR(200) NOT NULL,
    event_type        VARCHAR(20)  NOT NULL,
    data_categories   TEXT         NOT NULL,
    legal_basis       VARCHAR(30)  NOT NULL,
    notice_version    VARCHAR(100) NOT NULL,
    channel           VARCHAR(20)  NOT NULL,
    actor             VARCHAR(200),
    actor_role        VARCHAR(100),
    mandate_reference VARCHAR(200),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE,
    previous_hash     CHAR(64)     NOT NULL,
    hash              CHAR(64)     NOT NULL,
    CONSTRAINT consent_event_chain UNIQUE (subject, sequence_number)
);

CREATE INDEX consent_event_current ON consent_event (subject, controller, purpose_id, sequence_number);
