CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    email varchar(255) NOT NULL
    created_at timestamptz NOT NULL
);
