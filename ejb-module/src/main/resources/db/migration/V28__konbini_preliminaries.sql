-- Preliminary notices less their cancellations: the two may arrive in either order.
ALTER TABLE konbini_slip ADD COLUMN preliminaries INTEGER NOT NULL DEFAULT 0;
UPDATE konbini_slip SET preliminaries = 1 WHERE preliminary_at IS NOT NULL;
