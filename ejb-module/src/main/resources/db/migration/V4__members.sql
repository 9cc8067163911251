-- Members: one row per person per co-op. The number is NULL until enrollment is paid.
CREATE SEQUENCE member_seq START WITH 50 INCREMENT BY 50;
-- Serials of membership numbers (11 digits + a Damm check digit), unique in the federation.
CREATE SEQUENCE membership_number_seq START WITH 20260000001 INCREMENT BY 1;

CREATE TABLE member (
  id                BIGINT       PRIMARY KEY,
  coop_id           BIGINT       NOT NULL REFERENCES coop (id),
  membership_number VARCHAR(12)  UNIQUE,
  family_name       VARCHAR(50)  NOT NULL,
  given_name        VARCHAR(50)  NOT NULL,
  family_kana       VARCHAR(50)  NOT NULL,
  given_kana        VARCHAR(50)  NOT NULL,
  date_of_birth     DATE         NOT NULL,
  email             VARCHAR(254),
  phone             VARCHAR(16),
  postal_code       VARCHAR(7),
  prefecture        VARCHAR(4),
  city              VARCHAR(100),
  address_line1     VARCHAR(100),
  address_line2     VARCHAR(100),
  affiliation       VARCHAR(16)  NOT NULL,
  department        VARCHAR(100),
  student_number    VARCHAR(20),
  entry_year        INTEGER,
  status            VARCHAR(10)  NOT NULL CHECK (status IN ('APPLIED', 'ACTIVE', 'WITHDRAWN')),
  applied_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL
);
CREATE INDEX member_coop_idx ON member (coop_id);
-- Sign-up links an account to every membership registered with its address.
CREATE INDEX member_email_idx ON member (email);
