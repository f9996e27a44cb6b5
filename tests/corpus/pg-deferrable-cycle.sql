-- A NOT NULL two-table cycle that PostgreSQL can load because both edges are
-- DEFERRABLE INITIALLY DEFERRED: rows go in one transaction, checked at COMMIT.
CREATE TABLE people (
    person_id          integer PRIMARY KEY,
    full_name          varchar(120) NOT NULL,
    primary_address_id integer NOT NULL
);

CREATE TABLE addresses (
    address_id integer PRIMARY KEY,
    person_id  integer NOT NULL,
    street     varchar(200) NOT NULL,
    city       varchar(100) NOT NULL,
    CONSTRAINT addresses_person_fk FOREIGN KEY (person_id) REFERENCES people (person_id)
        DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE people ADD CONSTRAINT people_primary_address_fk
    FOREIGN KEY (primary_address_id) REFERENCES addresses (address_id) DEFERRABLE INITIALLY DEFERRED;
