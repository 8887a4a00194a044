-- What was said when a submission was filed in a conversation (chat, phone, SMS): a JSON array of
-- {"who": "loket" | "person", "text": "..."} in order. Part of what the agency decides on, so it is
-- kept with the submission and sent on with it. Empty (NULL) for a submission filed on another channel.
ALTER TABLE forms_submission ADD COLUMN transcript TEXT;
