-- The language a person last read the portal in: the mails that reach them while they are not on
-- it (a counter receipt, a refund, an auto-charge, a balance alert) are written in it.
ALTER TABLE account ADD COLUMN mail_language VARCHAR(8) DEFAULT 'ja' NOT NULL;
