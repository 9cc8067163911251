-- The co-ops a staff account works for. A code, not a foreign key to coop's id: co-ops are
-- addressed by their code everywhere (URLs, the API), and the code never changes.
CREATE TABLE account_coop (
  account_id BIGINT      NOT NULL REFERENCES account (id),
  coop_code  VARCHAR(16) NOT NULL REFERENCES coop (code),
  PRIMARY KEY (account_id, coop_code)
);
CREATE INDEX account_coop_code_idx ON account_coop (coop_code);

-- The audit search filters by action or address over a date range, newest first.
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
CREATE INDEX audit_event_ip_idx ON audit_event (ip_address, occurred_at);
