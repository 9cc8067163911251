-- The transactional outbox: rows commit with the business change, a dispatcher sends them.
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbound_message (
  id              BIGINT        PRIMARY KEY,
  channel         VARCHAR(8)    NOT NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  body            VARCHAR(20000) NOT NULL,
  status          VARCHAR(8)    NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  attempts        INTEGER       NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE,
  sent_at         TIMESTAMP WITH TIME ZONE,
  last_error      VARCHAR(1000),
  version         BIGINT        NOT NULL
);
-- The dispatcher's question, "what is due now", reads only this index.
CREATE INDEX outbound_message_due_idx ON outbound_message (status, next_attempt_at);
CREATE INDEX outbound_message_created_idx ON outbound_message (created_at);
