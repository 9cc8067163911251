-- The cafeteria menu with nutrition per serving, kept per cafeteria; a sale keeps a snapshot of
-- what it sold (category and nutrition on its payment lines), so changing the menu never
-- rewrites history. Nutrition in kcal and grams to one decimal, as Japanese menus print it.

CREATE SEQUENCE menu_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE menu_item (
  id            BIGINT       PRIMARY KEY,
  store_code    VARCHAR(16)  NOT NULL REFERENCES store (code),
  code          VARCHAR(32)  NOT NULL,
  name_ja       VARCHAR(100) NOT NULL,
  name_en       VARCHAR(100),
  price         BIGINT       NOT NULL CHECK (price > 0),
  category      VARCHAR(8)   NOT NULL CHECK (category IN ('MAIN', 'SIDE', 'SOUP', 'DESSERT', 'DRINK')),
  energy_kcal   INTEGER      NOT NULL CHECK (energy_kcal >= 0),
  protein       NUMERIC(5,1) NOT NULL CHECK (protein >= 0),
  fat           NUMERIC(5,1) NOT NULL CHECK (fat >= 0),
  carbohydrate  NUMERIC(5,1) NOT NULL CHECK (carbohydrate >= 0),
  salt          NUMERIC(4,1) NOT NULL CHECK (salt >= 0),
  -- 三色食品群 points (赤 red, 緑 green, 黄 yellow); optional, all three or none.
  red_points    NUMERIC(3,1),
  green_points  NUMERIC(3,1),
  yellow_points NUMERIC(3,1),
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by    VARCHAR(254) NOT NULL,
  version       BIGINT       NOT NULL,
  UNIQUE (store_code, code)
);

-- The snapshot a sale keeps of a catalogue item (null when the register sold something not on
-- the menu).
ALTER TABLE payment_line ADD COLUMN category      VARCHAR(8);
ALTER TABLE payment_line ADD COLUMN energy_kcal   INTEGER;
ALTER TABLE payment_line ADD COLUMN protein       NUMERIC(5,1);
ALTER TABLE payment_line ADD COLUMN fat           NUMERIC(5,1);
ALTER TABLE payment_line ADD COLUMN carbohydrate  NUMERIC(5,1);
ALTER TABLE payment_line ADD COLUMN salt          NUMERIC(4,1);
ALTER TABLE payment_line ADD COLUMN red_points    NUMERIC(3,1);
ALTER TABLE payment_line ADD COLUMN green_points  NUMERIC(3,1);
ALTER TABLE payment_line ADD COLUMN yellow_points NUMERIC(3,1);

-- The daily targets the cafeteria history compares a day against: a co-op's default profile and
-- the one a member picked (sex and physical activity level, from the Japanese DRI).
ALTER TABLE coop ADD COLUMN dietary_profile VARCHAR(16) DEFAULT 'MALE_MODERATE' NOT NULL;
CREATE TABLE member_dietary_profile (
  member_id  BIGINT      PRIMARY KEY REFERENCES member (id),
  profile    VARCHAR(16) NOT NULL,
  chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
