-- A member's card charge the acquirer did not answer — into a purse, or for a meal plan (plan_id)
-- — kept until the member asks again with the same key or the wallet's timer asks the acquirer
-- what became of it (UnansweredCardCharge), so a charge that went through is credited even when
-- the member left the page.
CREATE TABLE card_charge_unanswered (
  charge_key    VARCHAR(64)  PRIMARY KEY,
  wallet_id     BIGINT       NOT NULL REFERENCES wallet (id),
  purse         VARCHAR(10)  NOT NULL,
  plan_id       BIGINT       REFERENCES meal_plan (id),
  amount        BIGINT       NOT NULL CHECK (amount > 0),
  asked_by      VARCHAR(254) NOT NULL,
  mail_language VARCHAR(8)   NOT NULL,
  asked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX card_charge_unanswered_age_idx ON card_charge_unanswered (asked_at);
