-- Drafts: what a person has filled in so far, saved on every step so no work is ever lost.
CREATE TABLE forms_draft (
    id           UUID PRIMARY KEY,
    form_id      VARCHAR(100) NOT NULL,
    form_version VARCHAR(50)  NOT NULL,
    channel      VARCHAR(20)  NOT NULL,
    data         TEXT         NOT NULL,
    revision     BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX forms_draft_expires_at ON forms_draft (expires_at);
