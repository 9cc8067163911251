-- The profile step (reading of the name, postal address, a phone to reach the person), the
-- authenticator app (its key sealed with a server key), the default second factor, and the time
-- before which every session of the account counts as signed out.
ALTER TABLE account ADD COLUMN family_kana VARCHAR(50);
ALTER TABLE account ADD COLUMN given_kana VARCHAR(50);
ALTER TABLE account ADD COLUMN postal_code VARCHAR(7);
ALTER TABLE account ADD COLUMN prefecture VARCHAR(4);
ALTER TABLE account ADD COLUMN city VARCHAR(100);
ALTER TABLE account ADD COLUMN address_line1 VARCHAR(100);
ALTER TABLE account ADD COLUMN address_line2 VARCHAR(100);
ALTER TABLE account ADD COLUMN contact_phone VARCHAR(16);
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE account ADD COLUMN totp_enrolled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN default_factor VARCHAR(10)
  CHECK (default_factor IN ('SMS', 'VOICE', 'TOTP'));
ALTER TABLE account ADD COLUMN sessions_ended_at TIMESTAMP WITH TIME ZONE;

-- Only the HMAC of each recovery code; a used code stays, marked, until new ones replace the set.
CREATE TABLE account_recovery_code (
  account_id BIGINT      NOT NULL REFERENCES account (id),
  code_hash  VARCHAR(64) NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (account_id, code_hash)
);
