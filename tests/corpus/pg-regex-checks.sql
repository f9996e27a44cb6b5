-- Regular-expression CHECKs (PostgreSQL ~, ~*, !~): codes generated to match them on a primary
-- key and a UNIQUE column, a domain whose ZIP values fit it, a case-insensitive match behind
-- IS NULL OR with a POSIX class, a negated match the generator only checks, and a start and an
-- end pinned by two regexes on one column.
CREATE DOMAIN postal_code AS varchar(10) CHECK (VALUE ~ '^[0-9]{5}(-[0-9]{4})?$');

CREATE TABLE warehouses (
    code       char(7) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}-[0-9]{3}$'),
    postal     postal_code NOT NULL,
    bin_label  varchar(12) CHECK (bin_label IS NULL OR bin_label ~* '^bin[[:digit:]]{2,4}$'),
    note       text CHECK (note !~ '[<>]'),
    lot        varchar(10) NOT NULL CHECK (lot ~ '^[A-Z]{2}' AND lot ~ '[0-9]{3}$')
);

CREATE TABLE shipments (
    shipment_id integer PRIMARY KEY,
    warehouse   char(7) NOT NULL REFERENCES warehouses (code),
    tracking    varchar(24) NOT NULL UNIQUE CHECK (tracking ~ '^1Z[0-9A-Z]{16}$')
);
