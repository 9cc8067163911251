-- The points rate a payment earned at, in basis points: a partial refund takes points back at it
-- even after the co-op has changed its rates. NULL on payments made before: the co-op's rate then.
ALTER TABLE ledger_transaction ADD COLUMN points_bp INTEGER;
