-- a NOT NULL boolean can hold only 2 distinct values; asked for 10 rows it cannot be UNIQUE
CREATE TABLE feature_toggles (
    toggle_id integer PRIMARY KEY,
    enabled   boolean NOT NULL UNIQUE
);
