-- Federation, member co-ops and their stores. Runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode. Sequences start at their increment: EclipseLink hands out the block
-- (value - increment, value], so the first ids are 1..50.
CREATE SEQUENCE coop_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE federation (
  id        BIGINT       PRIMARY KEY,
  code      VARCHAR(16)  NOT NULL UNIQUE,
  name_ja   VARCHAR(255) NOT NULL,
  name_en   VARCHAR(255)
);

CREATE TABLE coop (
  id            BIGINT       PRIMARY KEY,
  code          VARCHAR(16)  NOT NULL UNIQUE,
  federation_id BIGINT       NOT NULL REFERENCES federation (id),
  name_ja       VARCHAR(255) NOT NULL,
  name_en       VARCHAR(255),
  contact_phone VARCHAR(20),
  contact_email VARCHAR(254)
);

CREATE TABLE store (
  id          BIGINT       PRIMARY KEY,
  code        VARCHAR(16)  NOT NULL UNIQUE,
  coop_id     BIGINT       NOT NULL REFERENCES coop (id),
  kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('SHOP', 'BOOKSTORE', 'CAFETERIA')),
  name_ja     VARCHAR(255) NOT NULL,
  name_en     VARCHAR(255),
  location_ja VARCHAR(255) NOT NULL,
  location_en VARCHAR(255),
  phone       VARCHAR(20)
);
CREATE INDEX store_coop_idx ON store (coop_id);

CREATE TABLE store_opening_period (
  store_id    BIGINT     NOT NULL REFERENCES store (id),
  day_of_week VARCHAR(9) NOT NULL,
  opens       TIME       NOT NULL,
  closes      TIME       NOT NULL
);
CREATE INDEX store_opening_period_store_idx ON store_opening_period (store_id);

CREATE TABLE store_closure (
  store_id  BIGINT       NOT NULL REFERENCES store (id),
  first_day DATE         NOT NULL,
  last_day  DATE         NOT NULL,
  reason_ja VARCHAR(255) NOT NULL,
  reason_en VARCHAR(255),
  CHECK (last_day >= first_day)
);
CREATE INDEX store_closure_store_idx ON store_closure (store_id);
