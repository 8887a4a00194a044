-- Who filed a submission on the person's behalf, if someone did: an employee at the counter (or,
-- later, a person with a mandate). All empty when the person filed it themselves. Names are user ids
-- or pseudonyms, never BSNs.
ALTER TABLE forms_submission ADD COLUMN acted_by VARCHAR(200);
ALTER TABLE forms_submission ADD COLUMN acted_as VARCHAR(50);
ALTER TABLE forms_submission ADD COLUMN on_behalf_of VARCHAR(200);
ALTER TABLE forms_submission ADD COLUMN mandate VARCHAR(200);
ALTER TABLE forms_submission ADD COLUMN place VARCHAR(200);
