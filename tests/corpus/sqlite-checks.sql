-- CHECK constraints in SQLite: ranges, IN-lists, cross-column comparisons, a length() check,
-- booleans stored as 0/1, dates as ISO text.
CREATE TABLE products (
    product_id INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 4 AND 20),
    name       TEXT NOT NULL,
    price      NUMERIC NOT NULL CHECK (price > 0),
    cost       NUMERIC NOT NULL CHECK (cost >= 0),
    taxable    BOOLEAN NOT NULL DEFAULT 1 CHECK (taxable IN (0, 1)),
    size       TEXT CHECK (size IN ('S', 'M', 'L', 'XL')),
    CHECK (price > cost)
);

CREATE TABLE price_windows (
    window_id  INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (product_id),
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    percent_off INTEGER NOT NULL CHECK (percent_off >= 1 AND percent_off <= 90),
    CONSTRAINT window_order CHECK (end_date >= start_date)
);
