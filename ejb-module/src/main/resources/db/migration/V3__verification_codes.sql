-- One-time codes sent by mail, SMS or voice: only an HMAC of each code is stored.
CREATE SEQUENCE identity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE verification_code (
  id            BIGINT       PRIMARY KEY,
  purpose       VARCHAR(16)  NOT NULL,
  destination   VARCHAR(254) NOT NULL,
  salt          VARCHAR(32)  NOT NULL,
  code_hash     BYTEA        NOT NULL,
  issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  resend_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts_left INTEGER      NOT NULL,
  state         VARCHAR(10)  NOT NULL CHECK (state IN ('LIVE', 'USED', 'REPLACED', 'EXHAUSTED')),
  version       BIGINT       NOT NULL
);
-- "The live code for this purpose and destination" is the question every check asks.
CREATE INDEX verification_code_live_idx ON verification_code (purpose, destination, state);

-- Keys the application generates for itself when none is configured (see README).
CREATE TABLE server_secret (
  name       VARCHAR(64)  PRIMARY KEY,
  secret     VARCHAR(128) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
