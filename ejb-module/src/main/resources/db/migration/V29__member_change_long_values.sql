-- A whole address (postal code, prefecture, city and two lines of up to 100 characters each) is
-- one history value and can pass 254 characters.
ALTER TABLE member_change ALTER COLUMN old_value SET DATA TYPE VARCHAR(1000);
ALTER TABLE member_change ALTER COLUMN new_value SET DATA TYPE VARCHAR(1000);
