-- The last signed feed taken in from each publishing agency: its sequence number and when it was
-- signed. A feed whose sequence is not higher than the one here is a replay (or an older feed that
-- would undo products added since) and is refused. Kept in the database, not in memory, so the rule
-- holds across restarts and across every instance that shares the catalogue.
CREATE TABLE catalogue_feed_sequence (
    publisher    VARCHAR(63)  PRIMARY KEY,
    sequence     BIGINT       NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
