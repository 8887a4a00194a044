-- What the retention purge and erasure removed from consent_event: the event's place in the
-- subject's hash chain and its hash, nothing of its content. verify() walks over a removed event
-- with its hash, so a chain with purged events is still checked from its first link to its last,
-- and an event removed without an entry here still breaks the chain. Written once, never changed.
CREATE TABLE consent_event_purged (
    event_id        UUID         PRIMARY KEY,
    subject         VARCHAR(200) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    hash            CHAR(64)     NOT NULL,
    purged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(30)  NOT NULL,
    CONSTRAINT consent_event_purged_place UNIQUE (subject, sequence_number)
);
