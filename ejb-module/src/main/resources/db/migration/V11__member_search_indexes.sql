-- The staff search by reading (MemberSearchTerm): the family name's reading from its start, in a
-- co-op, or a whole family reading and the start of the given one. Email addresses (member_email_idx)
-- and numbers (their unique constraint) have indexes already.
-- ${text_pattern_ops} is varchar_pattern_ops on PostgreSQL, so LIKE 'サト%' can use the index
-- whatever the database's collation, and empty on H2, whose comparisons are by code point anyway
-- (SchemaMigration sets it).
CREATE INDEX member_reading_idx
  ON member (coop_id, family_kana ${text_pattern_ops}, given_kana ${text_pattern_ops});
-- A given name's reading from its start (ハナコ, or ひなた for a name written in kana).
CREATE INDEX member_given_reading_idx ON member (coop_id, given_kana ${text_pattern_ops});
