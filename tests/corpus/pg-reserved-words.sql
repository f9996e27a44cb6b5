-- Reserved words and case-sensitive names, quoted as PostgreSQL requires.
CREATE TABLE "user" (
    "id"      integer PRIMARY KEY,
    "name"    varchar(80) NOT NULL,
    "select"  boolean NOT NULL,
    "from"    date,
    "to"      date,
    CHECK ("to" IS NULL OR "from" IS NULL OR "to" >= "from")
);

CREATE TABLE "Order" (
    "OrderId"  integer PRIMARY KEY,
    "user"     integer NOT NULL REFERENCES "user" ("id"),
    "group"    varchar(20) NOT NULL,
    "order"    integer NOT NULL CHECK ("order" >= 0),
    "limit"    numeric(8,2),
    "Desc"     text,
    UNIQUE ("user", "order")
);

CREATE TABLE "table" (
    "column"   integer PRIMARY KEY,
    "OrderId"  integer NOT NULL REFERENCES "Order" ("OrderId"),
    "where"    varchar(30),
    "primary"  boolean NOT NULL DEFAULT true
);
