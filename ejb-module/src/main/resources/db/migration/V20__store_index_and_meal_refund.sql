-- Reports read a store's payments of a period (the cafeteria report a day at a time): without this
-- index each would scan the whole ledger.
CREATE INDEX ledger_transaction_store_idx ON ledger_transaction (store_code, occurred_at);

-- What a co-op gives back of a meal plan at withdrawal: BALANCE (the MEAL purse, like e-money) or
-- UNUSED_DAYS (the daily cap of each plan day after the membership ends, at most the balance).
ALTER TABLE coop ADD COLUMN meal_refund_rule VARCHAR(16) DEFAULT 'BALANCE' NOT NULL
  CHECK (meal_refund_rule IN ('BALANCE', 'UNUSED_DAYS'));
