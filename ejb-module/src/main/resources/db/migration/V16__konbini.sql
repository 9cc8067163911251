-- Convenience-store charges: one payable slip per charge (reissuing voids the old one), credited
-- only on the aggregator's confirmed notice; every notice id is kept so a duplicate does nothing.
CREATE SEQUENCE konbini_slip_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE konbini_slip (
  id             BIGINT       PRIMARY KEY,
  wallet_id      BIGINT       NOT NULL REFERENCES wallet (id),
  charge_key     VARCHAR(64)  NOT NULL,
  number         VARCHAR(16)  NOT NULL UNIQUE,
  chain          VARCHAR(16)  NOT NULL CHECK (chain IN ('LAWSON', 'FAMILYMART', 'MINISTOP',
                               'SEICOMART', 'DAILY_YAMAZAKI', 'SEVEN_ELEVEN')),
  purse          VARCHAR(10)  NOT NULL CHECK (purse IN ('BASE', 'CAFETERIA', 'TEXTBOOK')),
  amount         BIGINT       NOT NULL CHECK (amount > 0),
  payer_name     VARCHAR(100) NOT NULL,
  payer_kana     VARCHAR(100) NOT NULL,
  payer_email    VARCHAR(254) NOT NULL,
  payer_phone    VARCHAR(16)  NOT NULL,
  status         VARCHAR(8)   NOT NULL CHECK (status IN ('ISSUED', 'PAID', 'VOIDED', 'EXPIRED')),
  issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  preliminary_at TIMESTAMP WITH TIME ZONE,
  paid_at        TIMESTAMP WITH TIME ZONE,
  version        BIGINT       NOT NULL
);
CREATE INDEX konbini_slip_charge_idx ON konbini_slip (wallet_id, charge_key);
CREATE INDEX konbini_slip_due_idx ON konbini_slip (status, expires_at);

CREATE TABLE konbini_notice (
  notice_id   VARCHAR(64) PRIMARY KEY,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
