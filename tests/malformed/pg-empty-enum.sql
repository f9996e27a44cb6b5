-- PostgreSQL accepts an enum with no labels; no row can ever have a value of it
CREATE TYPE mood AS ENUM ();

CREATE TABLE people (
    person_id integer PRIMARY KEY,
    feeling   mood NOT NULL
);
