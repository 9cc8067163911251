-- The language a convenience-store slip was issued in: the receipt mailed when the payment is
-- confirmed arrives without a visitor, so it is written in the language the slip was.
ALTER TABLE konbini_slip ADD COLUMN mail_language VARCHAR(8) DEFAULT 'ja' NOT NULL;
