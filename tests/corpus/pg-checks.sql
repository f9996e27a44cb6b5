-- CHECK constraints: ranges, IN-lists, BETWEEN, cross-column comparisons, named and unnamed (PostgreSQL).
CREATE TABLE products (
    product_id   integer PRIMARY KEY,
    sku          varchar(20) NOT NULL UNIQUE,
    price        numeric(10,2) NOT NULL,
    cost         numeric(10,2) NOT NULL CHECK (cost >= 0),
    weight_kg    real CHECK (weight_kg > 0 AND weight_kg < 500),
    status       varchar(12) NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired')),
    stock        integer NOT NULL CHECK (stock BETWEEN 0 AND 100000),
    CONSTRAINT price_above_cost CHECK (price > cost)
);

CREATE TABLE promotions (
    promotion_id integer PRIMARY KEY,
    product_id   integer NOT NULL REFERENCES products (product_id),
    start_date   date NOT NULL,
    end_date     date NOT NULL,
    discount_pct smallint NOT NULL CHECK (discount_pct >= 5 AND discount_pct <= 70),
    channel      text NOT NULL CHECK (channel IN ('web', 'store', 'app')),
    CONSTRAINT promotion_dates_ordered CHECK (end_date >= start_date)
);

CREATE TABLE shipments (
    shipment_id  integer PRIMARY KEY,
    shipped_at   timestamp NOT NULL,
    delivered_at timestamp,
    priority     integer NOT NULL CHECK (priority IN (1, 2, 3)),
    CHECK (delivered_at IS NULL OR delivered_at >= shipped_at)
);
