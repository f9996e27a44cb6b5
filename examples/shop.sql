-- A small online shop (PostgreSQL). Try: npx rowforge generate examples/shop.sql --out out/shop
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

CREATE DOMAIN money_amount AS numeric(10, 2) CHECK (VALUE >= 0);

CREATE TABLE customers (
    customer_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name    varchar(60)  NOT NULL,
    last_name     varchar(60)  NOT NULL,
    email         varchar(160) NOT NULL UNIQUE,
    phone         varchar(20),
    street        varchar(120),
    city          varchar(80),
    state         char(2),
    zip_code      varchar(10),
    birth_date    date,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE products (
    product_id  serial PRIMARY KEY,
    sku         varchar(24)  NOT NULL UNIQUE,
    name        varchar(120) NOT NULL,
    category    varchar(40)  NOT NULL CHECK (category IN ('Books', 'Garden', 'Kitchen', 'Toys', 'Outdoor')),
    price       money_amount NOT NULL,
    cost        money_amount NOT NULL,
    tags        text[],
    CHECK (price > cost)
);

CREATE TABLE orders (
    order_id      bigserial PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES customers (customer_id),
    status        order_status NOT NULL DEFAULT 'pending',
    order_date    date NOT NULL,
    ship_date     date,
    delivery_date date,
    note          text,
    CHECK (ship_date >= order_date),
    CHECK (delivery_date >= ship_date)
);

CREATE TABLE order_items (
    order_id   bigint  NOT NULL REFERENCES orders (order_id),
    product_id integer NOT NULL REFERENCES products (product_id),
    quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 20),
    unit_price money_amount NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE reviews (
    review_id   serial PRIMARY KEY,
    product_id  integer NOT NULL REFERENCES products (product_id),
    customer_id bigint  NOT NULL REFERENCES customers (customer_id),
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    review_text text,
    reviewed_at timestamp NOT NULL,
    UNIQUE (product_id, customer_id)
);

CREATE INDEX orders_by_customer ON orders (customer_id);
