-- Per-co-op rules for leaving: the yearly deadline (MM-DD) for a withdrawal refunded the next
-- spring, and whether remaining e-money is refunded or must be spent.
ALTER TABLE coop ADD COLUMN withdrawal_deadline VARCHAR(5) DEFAULT '11-30' NOT NULL;
ALTER TABLE coop ADD COLUMN emoney_on_leaving VARCHAR(16) DEFAULT 'REFUNDED' NOT NULL;
ALTER TABLE coop ADD CONSTRAINT coop_emoney_on_leaving
  CHECK (emoney_on_leaving IN ('REFUNDED', 'SPEND_BY_END'));

-- Withdrawals (脱退): the member's request, the staff review and the payout. Rows are kept after
-- they end; a member has at most one open request, which the service keeps under the member lock.
CREATE SEQUENCE withdrawal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE withdrawal (
  id               BIGINT       PRIMARY KEY,
  member_id        BIGINT       NOT NULL REFERENCES member (id),
  status           VARCHAR(12)  NOT NULL
                   CHECK (status IN ('REQUESTED', 'HELD', 'APPROVED', 'PAID_OUT', 'CANCELLED')),
  reason           VARCHAR(20)  NOT NULL
                   CHECK (reason IN ('GRADUATION', 'TRANSFER', 'LEAVING_UNIVERSITY', 'OTHER')),
  note             VARCHAR(500),
  ground           VARCHAR(12)  NOT NULL CHECK (ground IN ('VOLUNTARY', 'EXPULSION')),
  refund_method    VARCHAR(16)  NOT NULL CHECK (refund_method IN ('BANK_TRANSFER', 'CASH')),
  bank_code        VARCHAR(4),
  branch_code      VARCHAR(3),
  account_type     VARCHAR(8),
  account_number   VARCHAR(7),
  account_holder   VARCHAR(50),
  share_capital    BIGINT       NOT NULL CHECK (share_capital >= 0),
  owed             BIGINT       NOT NULL CHECK (owed >= 0),
  refund           BIGINT       CHECK (refund >= 0),
  requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  requested_by     VARCHAR(254) NOT NULL,
  late             BOOLEAN      NOT NULL,
  effective_on     DATE         NOT NULL,
  reviewed_by      VARCHAR(254),
  reviewed_at      TIMESTAMP WITH TIME ZONE,
  paid_out_by      VARCHAR(254),
  paid_out_at      TIMESTAMP WITH TIME ZONE,
  payout_reference VARCHAR(64),
  version          BIGINT       NOT NULL
);
CREATE INDEX withdrawal_member_idx ON withdrawal (member_id);
CREATE INDEX withdrawal_status_idx ON withdrawal (status, requested_at);
