-- Meal plans (ミール): products per co-op and academic year with a daily cap on the MEAL purse, and
-- the plans members hold (one per wallet and academic year). The MEAL purse itself is credited on
-- the ledger; a plan only says how much of it a day may use.

-- Where a co-op's cafeteria day begins, in hours after midnight Japan time: a payment at 01:00
-- belongs to the day before when the day begins at 04:00.
ALTER TABLE coop ADD COLUMN meal_day_start_hour INTEGER DEFAULT 4 NOT NULL
  CHECK (meal_day_start_hour BETWEEN 0 AND 11);

CREATE SEQUENCE meal_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE meal_plan (
  id               BIGINT       PRIMARY KEY,
  coop_code        VARCHAR(16)  NOT NULL REFERENCES coop (code),
  academic_year    INTEGER      NOT NULL,
  code             VARCHAR(16)  NOT NULL,
  name_ja          VARCHAR(100) NOT NULL,
  name_en          VARCHAR(100),
  price            BIGINT       NOT NULL CHECK (price > 0),
  daily_cap        BIGINT       NOT NULL CHECK (daily_cap > 0),
  -- Added to the day's cap once the plan is used before breakfast_until (0: no bonus).
  breakfast_bonus  BIGINT       NOT NULL CHECK (breakfast_bonus >= 0),
  breakfast_until  TIME         NOT NULL,
  valid_from       DATE         NOT NULL,
  valid_to         DATE         NOT NULL,
  -- ISO days of the week the plan serves, e.g. '12345' for Monday to Friday.
  weekdays         VARCHAR(7)   NOT NULL,
  sale_from        DATE         NOT NULL,
  sale_to          DATE         NOT NULL,
  version          BIGINT       NOT NULL,
  UNIQUE (coop_code, code),
  CHECK (daily_cap <= price),
  CHECK (valid_to >= valid_from),
  CHECK (sale_to >= sale_from)
);

CREATE SEQUENCE meal_plan_holding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE meal_plan_holding (
  id             BIGINT       PRIMARY KEY,
  wallet_id      BIGINT       NOT NULL REFERENCES wallet (id),
  plan_id        BIGINT       NOT NULL REFERENCES meal_plan (id),
  academic_year  INTEGER      NOT NULL,
  source         VARCHAR(10)  NOT NULL CHECK (source IN ('ENROLLMENT', 'COUNTER', 'PORTAL')),
  -- The ledger transaction that credited MEAL with the price.
  transaction_id BIGINT       NOT NULL REFERENCES ledger_transaction (id),
  bought_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  bought_by      VARCHAR(254) NOT NULL,
  UNIQUE (wallet_id, academic_year)
);
CREATE INDEX meal_plan_holding_plan_idx ON meal_plan_holding (plan_id);
