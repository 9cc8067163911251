-- The e-money wallet on a double-entry, append-only ledger (DESIGN "The ledger, sketched").
-- Every movement is one ledger_transaction of balanced ledger_entry rows (DEBIT/CREDIT, amount
-- > 0). Purse accounts keep their balance (credits - debits) in the row, updated in the same
-- transaction under the wallet's row lock, and never below zero; system accounts (sales, card
-- clearing, points expense...) keep no balance row, so no payment waits on a shared hot row:
-- their balances are sums of entries.

-- Points rates per co-op, in basis points (0.5% = 50).
ALTER TABLE coop ADD COLUMN points_bp INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE coop ADD COLUMN book_points_bp INTEGER DEFAULT 1000 NOT NULL;
-- Charge limits per co-op: per charge, and the most e-money (base, cafeteria, textbook) a
-- wallet may hold.
ALTER TABLE coop ADD COLUMN charge_max BIGINT DEFAULT 100000 NOT NULL;
ALTER TABLE coop ADD COLUMN balance_max BIGINT DEFAULT 200000 NOT NULL;

CREATE SEQUENCE wallet_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wallet (
  id            BIGINT      PRIMARY KEY,
  member_id     BIGINT      NOT NULL UNIQUE REFERENCES member (id),
  coop_code     VARCHAR(16) NOT NULL REFERENCES coop (code),
  status        VARCHAR(10) NOT NULL CHECK (status IN ('INACTIVE', 'ACTIVE', 'SUSPENDED')),
  code_proven_at TIMESTAMP WITH TIME ZONE,
  activated_at  TIMESTAMP WITH TIME ZONE,
  consented_at  TIMESTAMP WITH TIME ZONE,
  suspended_at  TIMESTAMP WITH TIME ZONE,
  version       BIGINT      NOT NULL
);

CREATE SEQUENCE ledger_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ledger_account (
  id          BIGINT      PRIMARY KEY,
  kind        VARCHAR(20) NOT NULL CHECK (kind IN ('PURSE', 'CARD_CLEARING', 'KONBINI_CLEARING',
                          'CASH_DRAWER', 'SALES', 'POINTS_EXPENSE', 'ENROLLMENT_PREPAID', 'REFUNDS')),
  coop_code   VARCHAR(16) NOT NULL REFERENCES coop (code),
  wallet_id   BIGINT      REFERENCES wallet (id),
  purse       VARCHAR(10) CHECK (purse IN ('BASE', 'CAFETERIA', 'TEXTBOOK', 'MEAL', 'POINTS')),
  -- '-' for an account of the whole co-op.
  store_code  VARCHAR(16) NOT NULL,
  balance     BIGINT      NOT NULL,
  version     BIGINT      NOT NULL,
  CHECK (kind <> 'PURSE' OR (wallet_id IS NOT NULL AND purse IS NOT NULL AND balance >= 0))
);
CREATE UNIQUE INDEX ledger_account_purse_idx ON ledger_account (wallet_id, purse);
-- A co-op's own accounts are looked up by these (SystemAccounts).
CREATE INDEX ledger_account_system_idx ON ledger_account (coop_code, kind, store_code);

CREATE SEQUENCE ledger_transaction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ledger_transaction (
  id            BIGINT       PRIMARY KEY,
  kind          VARCHAR(12)  NOT NULL CHECK (kind IN ('DEPOSIT', 'CHARGE', 'PAYMENT', 'TRANSFER',
                               'REFUND', 'REVERSAL')),
  coop_code     VARCHAR(16)  NOT NULL REFERENCES coop (code),
  wallet_id     BIGINT       REFERENCES wallet (id),
  amount        BIGINT       NOT NULL CHECK (amount > 0),
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reversal_of   BIGINT       REFERENCES ledger_transaction (id),
  actor         VARCHAR(254) NOT NULL,
  reference     VARCHAR(100),
  store_code    VARCHAR(16)  REFERENCES store (code),
  category      VARCHAR(8)   CHECK (category IN ('FOOD', 'BOOK', 'GOODS')),
  points        BIGINT       NOT NULL
);
CREATE INDEX ledger_transaction_wallet_idx ON ledger_transaction (wallet_id, occurred_at);
CREATE INDEX ledger_transaction_reversal_idx ON ledger_transaction (reversal_of);

CREATE TABLE ledger_entry (
  transaction_id BIGINT      NOT NULL REFERENCES ledger_transaction (id),
  position       INTEGER     NOT NULL,
  account_id     BIGINT      NOT NULL REFERENCES ledger_account (id),
  side           VARCHAR(6)  NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
  amount         BIGINT      NOT NULL CHECK (amount > 0),
  PRIMARY KEY (transaction_id, position)
);
CREATE INDEX ledger_entry_account_idx ON ledger_entry (account_id);

-- What a register sold, kept with the payment for the history's line-item detail.
CREATE TABLE payment_line (
  transaction_id BIGINT       NOT NULL REFERENCES ledger_transaction (id),
  position       INTEGER      NOT NULL,
  code           VARCHAR(32)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  quantity       INTEGER      NOT NULL CHECK (quantity > 0),
  unit_price     BIGINT       NOT NULL CHECK (unit_price >= 0),
  PRIMARY KEY (transaction_id, position)
);

-- Registers in the field, each with its API key (stored as a SHA-256 of the key; the prefix
-- finds the row), revocable.
CREATE SEQUENCE register_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE register (
  id            BIGINT       PRIMARY KEY,
  store_code    VARCHAR(16)  NOT NULL REFERENCES store (code),
  register_code VARCHAR(32)  NOT NULL,
  key_prefix    VARCHAR(16)  NOT NULL UNIQUE,
  key_hash      VARCHAR(64)  NOT NULL,
  issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by     VARCHAR(254) NOT NULL,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  UNIQUE (store_code, register_code)
);

-- The Stripe model of idempotency: the first answer to a key is stored with a hash of the
-- request and replayed for 24 hours; the row is written in the payment's own transaction, so a
-- concurrent request with the same key waits on it and then replays it.
CREATE TABLE idempotency_record (
  register_id   BIGINT        NOT NULL REFERENCES register (id),
  idem_key      VARCHAR(64)   NOT NULL,
  request_hash  VARCHAR(64)   NOT NULL,
  status        INTEGER       NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (register_id, idem_key)
);
CREATE INDEX idempotency_record_age_idx ON idempotency_record (created_at);

-- Student and staff ID cards (IC) linked to a wallet; one live card per wallet.
CREATE SEQUENCE ic_card_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ic_card (
  id          BIGINT       PRIMARY KEY,
  uid         VARCHAR(32)  NOT NULL,
  wallet_id   BIGINT       NOT NULL REFERENCES wallet (id),
  linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  linked_by   VARCHAR(254) NOT NULL,
  unlinked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ic_card_uid_idx ON ic_card (uid);
CREATE INDEX ic_card_wallet_idx ON ic_card (wallet_id);
