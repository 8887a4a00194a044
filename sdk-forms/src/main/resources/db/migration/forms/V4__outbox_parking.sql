-- Dead letters: a submission whose last allowed delivery attempt failed is parked (and stays
-- stored) until someone fixes the cause and puts it back in line.
ALTER TABLE forms_outbox ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX forms_outbox_parked ON forms_outbox (parked_at);
