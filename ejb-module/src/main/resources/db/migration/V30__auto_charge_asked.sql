-- The amount of an auto-charge round the card acquirer has not answered: the next pass asks again
-- with the same key and this amount, whatever the purse holds by then (AutoCharge.asked).
ALTER TABLE auto_charge ADD COLUMN asked BIGINT;
