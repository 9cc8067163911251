-- The purse's balance an auto-charge's last charge left it at: a purse still below the threshold
-- after a fixed charge waits for a payment before the next, instead of being charged at every
-- pass of the timer.
ALTER TABLE auto_charge ADD COLUMN charged_to BIGINT;
