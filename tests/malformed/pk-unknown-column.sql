CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line_no  INTEGER NOT NULL,
    sku      TEXT NOT NULL,
    PRIMARY KEY (order_id, line_id)
);
