-- The answers bound to the owner's login (their BSN, name, birth date as the registers gave them), as a
-- JSON object: every save puts them back, so a draft is never filed with another person's data.
-- NULL for a draft without any.
ALTER TABLE forms_draft ADD COLUMN bound TEXT;
