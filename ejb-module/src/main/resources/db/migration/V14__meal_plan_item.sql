-- A meal plan (ミール) can be chosen at enrollment. The product table is rebuilt because its kind
-- check has no portable name to drop (PostgreSQL and H2 name it differently); nothing refers to
-- product rows, since an application copies each item.
ALTER TABLE product RENAME TO product_v10;
CREATE TABLE product (
  id         BIGINT       PRIMARY KEY,
  coop_id    BIGINT       NOT NULL REFERENCES coop (id),
  code       VARCHAR(16)  NOT NULL,
  kind       VARCHAR(10)  NOT NULL
             CHECK (kind IN ('SHARE', 'INSURANCE', 'SUPPORT', 'DEPOSIT', 'MEAL_PLAN')),
  name_ja    VARCHAR(100) NOT NULL,
  name_en    VARCHAR(100),
  term       VARCHAR(40),
  unit_price BIGINT       NOT NULL CHECK (unit_price >= 0),
  min_units  INTEGER      NOT NULL,
  max_units  INTEGER      NOT NULL,
  required   BOOLEAN      NOT NULL,
  coverage_months INTEGER,
  UNIQUE (coop_id, code)
);
INSERT INTO product (id, coop_id, code, kind, name_ja, name_en, term, unit_price, min_units,
                     max_units, required, coverage_months)
  SELECT id, coop_id, code, kind, name_ja, name_en, term, unit_price, min_units, max_units,
         required, coverage_months
  FROM product_v10;
DROP TABLE product_v10;
