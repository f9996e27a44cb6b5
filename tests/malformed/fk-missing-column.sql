CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    name        varchar(100) NOT NULL
);

CREATE TABLE orders (
    order_id    integer PRIMARY KEY,
    customer_no integer NOT NULL,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_no) REFERENCES customers (customer_no)
);
