-- What each co-op offers at enrollment, and the applications made from it. An application copies
-- each item's name and price, so a later price change never rewrites what was bought.
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrollment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE product (
  id         BIGINT       PRIMARY KEY,
  coop_id    BIGINT       NOT NULL REFERENCES coop (id),
  code       VARCHAR(16)  NOT NULL,
  kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('SHARE', 'INSURANCE', 'SUPPORT', 'DEPOSIT')),
  name_ja    VARCHAR(100) NOT NULL,
  name_en    VARCHAR(100),
  term       VARCHAR(40),
  unit_price BIGINT       NOT NULL CHECK (unit_price >= 0),
  min_units  INTEGER      NOT NULL,
  max_units  INTEGER      NOT NULL,
  required   BOOLEAN      NOT NULL,
  coverage_months INTEGER,
  UNIQUE (coop_id, code)
);

CREATE TABLE enrollment (
  id                BIGINT      PRIMARY KEY,
  member_id         BIGINT      NOT NULL REFERENCES member (id),
  total             BIGINT      NOT NULL CHECK (total >= 0),
  status            VARCHAR(16) NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'EXPIRED')),
  payment_method    VARCHAR(10) CHECK (payment_method IN ('CARD', 'COUNTER')),
  payment_reference VARCHAR(64),
  payment_attempt   INTEGER     NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  paid_at           TIMESTAMP WITH TIME ZONE,
  version           BIGINT      NOT NULL
);
CREATE INDEX enrollment_due_idx ON enrollment (status, expires_at);
CREATE INDEX enrollment_member_idx ON enrollment (member_id);

CREATE TABLE enrollment_line (
  enrollment_id BIGINT       NOT NULL REFERENCES enrollment (id),
  position      INTEGER      NOT NULL,
  product_code  VARCHAR(16)  NOT NULL,
  kind          VARCHAR(10)  NOT NULL,
  name_ja       VARCHAR(100) NOT NULL,
  name_en       VARCHAR(100),
  term          VARCHAR(40),
  quantity      INTEGER      NOT NULL,
  unit_price    BIGINT       NOT NULL,
  amount        BIGINT       NOT NULL,
  coverage_months INTEGER,
  PRIMARY KEY (enrollment_id, position)
);
