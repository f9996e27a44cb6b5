-- orders references a table that is never created
CREATE TABLE orders (
    order_id  integer PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients (client_id)
);
