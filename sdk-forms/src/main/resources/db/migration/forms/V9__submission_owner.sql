-- The pseudonym of the person whose draft was filed (never a BSN); NULL for a draft of nobody in
-- particular. A filed draft is deleted, so this is all that is left to tell who may still learn that it
-- was filed (a retry's receipt, "already submitted"): to anyone else it is as unknown as a made-up id.
ALTER TABLE forms_submission ADD COLUMN owner VARCHAR(200);
