-- An application whose card charge the acquirer did not answer: it waits for the answer instead of
-- expiring (the money may have been taken), and the enrollment timer asks the acquirer, so a charge
-- that went through makes the member even when the applicant left the page (Enrollment).
ALTER TABLE enrollment ADD COLUMN card_unanswered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enrollment ADD COLUMN card_unanswered_language VARCHAR(8);
CREATE INDEX enrollment_card_unanswered_idx ON enrollment (card_unanswered_at);
