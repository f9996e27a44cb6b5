-- a domain whose CHECK no value satisfies, used by a NOT NULL column
CREATE DOMAIN tiny_window AS integer CHECK (VALUE > 5 AND VALUE < 3);

CREATE TABLE windows (
    window_id integer PRIMARY KEY,
    width     tiny_window NOT NULL
);
