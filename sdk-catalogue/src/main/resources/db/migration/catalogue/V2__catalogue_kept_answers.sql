-- A person's answers to the eligibility questions ("wat kan ik krijgen?"), kept between visits
-- only while their consent is given: under their pseudonym (never a BSN), as the JSON object of
-- the answers they typed. A row is deleted when consent ends and when the purpose's retention
-- period has passed since it was kept.
CREATE TABLE catalogue_kept_answers (
    subject  VARCHAR(200) PRIMARY KEY,
    answers  TEXT         NOT NULL,
    kept_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX catalogue_kept_answers_kept_at ON catalogue_kept_answers (kept_at);
