-- Continuing a draft without login (a short code plus a secret the person keeps, stored only as a
-- salted hash) or as its logged-in owner (an opaque pseudonym), and warning before it expires.
ALTER TABLE forms_draft ADD COLUMN resume_code CHAR(8);
ALTER TABLE forms_draft ADD COLUMN secret_hash VARCHAR(200);
-- Wrong secrets since the last right one; at the limit the code no longer opens the draft.
ALTER TABLE forms_draft ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE forms_draft ADD COLUMN owner VARCHAR(200);
-- Set when the person was warned of the expiry; cleared by every save, which extends the life.
ALTER TABLE forms_draft ADD COLUMN expiry_warned_at TIMESTAMP WITH TIME ZONE;

-- Unique, so a code finds one draft; rows without a code (NULL) do not collide on either database.
CREATE UNIQUE INDEX forms_draft_resume_code ON forms_draft (resume_code);
CREATE INDEX forms_draft_owner ON forms_draft (owner);
