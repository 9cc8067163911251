-- A card UID is live on one wallet at most, even when two counters link it at the same moment:
-- live_uid holds the UID while the card is linked and NULL once it is unlinked (a unique column
-- takes any number of NULLs in PostgreSQL and H2; a partial unique index is not portable).
ALTER TABLE ic_card ADD COLUMN live_uid VARCHAR(32);
UPDATE ic_card SET live_uid = uid WHERE unlinked_at IS NULL;
CREATE UNIQUE INDEX ic_card_live_uid_idx ON ic_card (live_uid);
