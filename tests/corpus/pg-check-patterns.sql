-- Text CHECKs Rowforge meets through inference: a domain named for what it holds, a LIKE the
-- values must match, and a regex the generator cannot evaluate: `\M` (end of a word) is
-- PostgreSQL-only syntax JavaScript cannot read (PostgreSQL).
CREATE DOMAIN contact_email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN us_zip_t AS varchar(5) CHECK (VALUE ~ '^[0-9]{5}\M');

CREATE TABLE subscribers (
    subscriber_id integer PRIMARY KEY,
    contact       contact_email NOT NULL UNIQUE,
    reach         varchar(120) NOT NULL CHECK (reach LIKE '%@%.%'),
    post          us_zip_t
);

CREATE TABLE deliveries (
    delivery_id   integer PRIMARY KEY,
    subscriber_id integer NOT NULL REFERENCES subscribers (subscriber_id),
    notify        contact_email
);
