-- LIKE CHECKs that say what a column holds: a literal prefix, a suffix, a fixed layout, an
-- escaped wildcard, a domain, ILIKE, and a nullable column's IS NULL OR form; on a primary key,
-- a UNIQUE column and a foreign key to a patterned key, and two LIKEs on one column (PostgreSQL).
CREATE DOMAIN order_code AS varchar(16) CHECK (VALUE LIKE 'ORD-%');

CREATE TABLE products (
    sku       varchar(12) PRIMARY KEY CHECK (sku LIKE 'SKU-%'),
    plate     char(8) NOT NULL UNIQUE CHECK (plate LIKE '___-____'),
    region    varchar(10) NOT NULL CHECK (region LIKE '%-US'),
    coupon    varchar(20) CHECK (coupon IS NULL OR coupon LIKE 'C\_%'),
    contact   varchar(120) NOT NULL CHECK (contact LIKE '%@%'),
    ref       text NOT NULL CHECK (ref ILIKE 'r%' AND length(ref) <= 10),
    batch     varchar(12) NOT NULL CHECK (batch LIKE 'B%' AND batch LIKE '%9')
);

CREATE TABLE orders (
    code      order_code PRIMARY KEY,
    sku       varchar(12) NOT NULL REFERENCES products (sku),
    placed_on date NOT NULL
);
