-- Files a person adds to a form (proof of income, a photo), kept with the draft until it is sent,
-- then with the submission. The form's answers hold only each file's id, name, type, size and hash.
CREATE TABLE forms_file (
    id            UUID PRIMARY KEY,
    draft_id      UUID         NOT NULL,
    submission_id UUID,
    name          VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX forms_file_draft ON forms_file (draft_id);
CREATE INDEX forms_file_submission ON forms_file (submission_id);
