-- Submissions: what a person filed, stored before the answer "received" is given. The unique key
-- on (form, idempotency key) makes a retried submission land on the first one, never twice.
CREATE TABLE forms_submission (
    id              UUID PRIMARY KEY,
    form_id         VARCHAR(100) NOT NULL,
    form_version    VARCHAR(50)  NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    data            TEXT         NOT NULL,
    data_sha256     CHAR(64)     NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT forms_submission_idempotency UNIQUE (form_id, idempotency_key)
);

-- Handing submissions to the back office: written in the same transaction as the submission,
-- delivered (with retries) afterwards, so a submission is never stored without being sent on.
CREATE TABLE forms_outbox (
    submission_id   UUID PRIMARY KEY REFERENCES forms_submission (id),
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);

CREATE INDEX forms_outbox_due ON forms_outbox (delivered_at, next_attempt_at);
