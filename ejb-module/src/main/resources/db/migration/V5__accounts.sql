-- Sign-ins. An account exists once its address is proven; the rest of sign-up fills it in.
CREATE TABLE account (
  id                   BIGINT       PRIMARY KEY,
  email                VARCHAR(254) NOT NULL UNIQUE,
  email_verified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  password_hash        VARCHAR(512),
  family_name          VARCHAR(50),
  given_name           VARCHAR(50),
  phone                VARCHAR(16),
  phone_verified_at    TIMESTAMP WITH TIME ZONE,
  profile_completed_at TIMESTAMP WITH TIME ZONE,
  failed_sign_ins      INTEGER      NOT NULL,
  last_failed_sign_in  TIMESTAMP WITH TIME ZONE,
  locked_until         TIMESTAMP WITH TIME ZONE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  version              BIGINT       NOT NULL
);

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL REFERENCES account (id),
  role       VARCHAR(10) NOT NULL CHECK (role IN ('MEMBER', 'GUARDIAN', 'STAFF', 'ADMIN')),
  PRIMARY KEY (account_id, role)
);

CREATE TABLE account_membership (
  account_id BIGINT NOT NULL REFERENCES account (id),
  member_id  BIGINT NOT NULL REFERENCES member (id),
  PRIMARY KEY (account_id, member_id)
);
