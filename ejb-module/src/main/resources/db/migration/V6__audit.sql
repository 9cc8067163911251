-- Append-only audit trail. The application only inserts and reads; operators may grant the
-- application's database role INSERT and SELECT alone on this table.
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
  id          BIGINT       PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  action      VARCHAR(32)  NOT NULL,
  actor       VARCHAR(254) NOT NULL,
  subject     VARCHAR(254),
  ip_address  VARCHAR(45),
  detail      VARCHAR(500)
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
