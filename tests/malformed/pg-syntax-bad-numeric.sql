CREATE TABLE prices (
    price_id integer PRIMARY KEY,
    amount numeric(10,,2) NOT NULL
);
