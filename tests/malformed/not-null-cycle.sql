-- each table needs the other to exist first, through NOT NULL foreign keys that are not DEFERRABLE
CREATE TABLE husbands (
    husband_id integer PRIMARY KEY,
    wife_id    integer NOT NULL
);

CREATE TABLE wives (
    wife_id    integer PRIMARY KEY,
    husband_id integer NOT NULL REFERENCES husbands (husband_id)
);

ALTER TABLE husbands ADD CONSTRAINT husbands_wife_fk FOREIGN KEY (wife_id) REFERENCES wives (wife_id);
