CREATE TABLE a (
    id integer PRIMARY KEY
);

CREATE TABLE b (
    id integer PRIMARY KEY,
    a_id integer REFERENCES a (id) ON DELETE EXPLODE
);
