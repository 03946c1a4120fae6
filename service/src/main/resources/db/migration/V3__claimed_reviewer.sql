-- The actor of a review made through the API is the key's client; a reviewer the client names in
-- the body is kept apart, as claimed by that client, never recorded as the actor.
ALTER TABLE discrepancy ADD COLUMN claimed_reviewer VARCHAR(200);
ALTER TABLE review_audit ADD COLUMN claimed_reviewer VARCHAR(200);
