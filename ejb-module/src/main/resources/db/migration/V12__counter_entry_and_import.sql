-- Who typed an application in: NULL for the applicant's own form on /join, the staff member's
-- sign-in for one entered at the counter or imported from a file.
ALTER TABLE enrollment ADD COLUMN entered_by VARCHAR(254);

-- One row per committed CSV import, so the staff page can say a file was already imported and
-- the audit trail can point at it. The rows themselves become members and enrollments.
CREATE SEQUENCE member_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE member_import (
  id            BIGINT       PRIMARY KEY,
  coop_id       BIGINT       NOT NULL REFERENCES coop (id),
  sha256        VARCHAR(64)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  charset       VARCHAR(16)  NOT NULL,
  rows_added    INTEGER      NOT NULL,
  rows_present  INTEGER      NOT NULL,
  imported_by   VARCHAR(254) NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX member_import_file_idx ON member_import (coop_id, sha256);
