-- Every change to a member's record: who, when, which field, from what to what, and why.
-- Append-only, like the audit trail.
CREATE SEQUENCE member_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE member_change (
  id         BIGINT       PRIMARY KEY,
  member_id  BIGINT       NOT NULL REFERENCES member (id),
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor      VARCHAR(254) NOT NULL,
  field      VARCHAR(32)  NOT NULL,
  old_value  VARCHAR(254),
  new_value  VARCHAR(254),
  reason     VARCHAR(500)
);
CREATE INDEX member_change_member_idx ON member_change (member_id, changed_at);
