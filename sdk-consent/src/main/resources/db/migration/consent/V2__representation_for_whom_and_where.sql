-- sdk-identity's Representation also says for whom the actor acted and where (a counter's name).
-- Columns are only added: existing rows keep their content and their hashes.
ALTER TABLE consent_event ADD COLUMN on_behalf_of VARCHAR(200);
ALTER TABLE consent_event ADD COLUMN actor_place VARCHAR(200);
