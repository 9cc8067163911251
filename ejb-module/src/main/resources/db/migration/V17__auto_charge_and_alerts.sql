-- Auto-charge (one rule per wallet) with the acquirer's token of the saved card — never the card
-- itself — and low-balance alerts, mailed once per fall below the threshold.
CREATE TABLE auto_charge (
  wallet_id   BIGINT      PRIMARY KEY REFERENCES wallet (id),
  purse       VARCHAR(10) CHECK (purse IN ('BASE', 'CAFETERIA', 'TEXTBOOK')),
  mode        VARCHAR(8)  CHECK (mode IN ('FIXED', 'TOP_UP')),
  threshold   BIGINT      NOT NULL CHECK (threshold >= 0),
  amount      BIGINT      NOT NULL CHECK (amount >= 0),
  card_token  VARCHAR(64) NOT NULL,
  card_last4  VARCHAR(4)  NOT NULL,
  status      VARCHAR(8)  NOT NULL CHECK (status IN ('ON', 'FAILED', 'OFF')),
  -- Charges made so far; the next one's acquirer key.
  rounds      INTEGER     NOT NULL,
  -- Unanswered tries of the current charge.
  tries       INTEGER     NOT NULL,
  failure     VARCHAR(40),
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT      NOT NULL
);
CREATE INDEX auto_charge_status_idx ON auto_charge (status);

CREATE TABLE balance_alert (
  wallet_id   BIGINT      PRIMARY KEY REFERENCES wallet (id),
  threshold   BIGINT      NOT NULL CHECK (threshold > 0),
  alerted_at  TIMESTAMP WITH TIME ZONE,
  version     BIGINT      NOT NULL
);

-- The wallet's login methods (the seeds' Pokepay step): the email address and the phone number
-- the member proved with a code, the one used to activate and the other added after; both are
-- recommended, so a lost phone does not lock the member out of the wallet.
ALTER TABLE wallet ADD COLUMN email_login VARCHAR(254);
ALTER TABLE wallet ADD COLUMN phone_login VARCHAR(20);
