-- A realistic e-commerce schema (PostgreSQL).
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

CREATE TABLE customers (
    customer_id   bigserial PRIMARY KEY,
    email         varchar(255) NOT NULL UNIQUE,
    first_name    varchar(80) NOT NULL,
    last_name     varchar(80) NOT NULL,
    phone         varchar(20),
    date_of_birth date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    marketing_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE addresses (
    address_id  bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
    line1       varchar(120) NOT NULL,
    line2       varchar(120),
    city        varchar(80) NOT NULL,
    state       char(2) NOT NULL,
    postal_code varchar(10) NOT NULL,
    is_default  boolean NOT NULL DEFAULT false
);

CREATE TABLE categories (
    category_id integer PRIMARY KEY,
    parent_id   integer REFERENCES categories (category_id),
    name        varchar(80) NOT NULL,
    slug        varchar(80) NOT NULL UNIQUE
);

CREATE TABLE products (
    product_id  integer PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (category_id),
    sku         varchar(24) NOT NULL UNIQUE,
    name        varchar(160) NOT NULL,
    description text,
    unit_price  numeric(10,2) NOT NULL CHECK (unit_price > 0),
    unit_cost   numeric(10,2) NOT NULL CHECK (unit_cost >= 0),
    weight_g    integer CHECK (weight_g > 0),
    CHECK (unit_price > unit_cost)
);

CREATE TABLE orders (
    order_id     bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (customer_id),
    shipping_address_id bigint REFERENCES addresses (address_id),
    status       order_status NOT NULL DEFAULT 'pending',
    ordered_at   timestamptz NOT NULL,
    shipped_at   timestamptz,
    total_amount numeric(12,2) NOT NULL CHECK (total_amount >= 0),
    CONSTRAINT orders_ship_after_order CHECK (shipped_at IS NULL OR shipped_at >= ordered_at)
);

CREATE TABLE order_items (
    order_id   bigint NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    line_no    smallint NOT NULL CHECK (line_no BETWEEN 1 AND 500),
    product_id integer NOT NULL REFERENCES products (product_id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    payment_id  uuid PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (order_id),
    method      varchar(16) NOT NULL CHECK (method IN ('card', 'paypal', 'gift_card', 'bank_transfer')),
    amount      numeric(12,2) NOT NULL CHECK (amount > 0),
    paid_at     timestamptz NOT NULL
);

CREATE TABLE product_reviews (
    review_id   integer PRIMARY KEY,
    product_id  integer NOT NULL REFERENCES products (product_id),
    customer_id bigint NOT NULL REFERENCES customers (customer_id),
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title       varchar(120),
    body        text,
    reviewed_at timestamptz NOT NULL,
    UNIQUE (product_id, customer_id)
);

CREATE TABLE inventory (
    product_id   integer PRIMARY KEY REFERENCES products (product_id),
    on_hand      integer NOT NULL CHECK (on_hand >= 0),
    reserved     integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    reorder_level integer NOT NULL DEFAULT 10,
    CHECK (reserved <= on_hand)
);
