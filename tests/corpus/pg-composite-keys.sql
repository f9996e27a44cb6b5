-- Composite primary keys, a composite foreign key and a composite UNIQUE (PostgreSQL).
CREATE TABLE warehouses (
    warehouse_code char(4) NOT NULL,
    region_code    char(2) NOT NULL,
    name           varchar(80) NOT NULL,
    PRIMARY KEY (region_code, warehouse_code)
);

CREATE TABLE bins (
    region_code    char(2) NOT NULL,
    warehouse_code char(4) NOT NULL,
    aisle          smallint NOT NULL CHECK (aisle BETWEEN 1 AND 400),
    shelf          smallint NOT NULL CHECK (shelf BETWEEN 1 AND 40),
    capacity       integer NOT NULL CHECK (capacity > 0),
    CONSTRAINT bins_pk PRIMARY KEY (region_code, warehouse_code, aisle, shelf),
    CONSTRAINT bins_warehouse_fk FOREIGN KEY (region_code, warehouse_code)
        REFERENCES warehouses (region_code, warehouse_code)
);

CREATE TABLE stock_items (
    stock_item_id  bigint PRIMARY KEY,
    sku            varchar(32) NOT NULL,
    lot_number     integer NOT NULL,
    region_code    char(2) NOT NULL,
    warehouse_code char(4) NOT NULL,
    aisle          smallint NOT NULL,
    shelf          smallint NOT NULL,
    quantity       integer NOT NULL CHECK (quantity >= 0),
    CONSTRAINT stock_items_sku_lot_uq UNIQUE (sku, lot_number),
    FOREIGN KEY (region_code, warehouse_code, aisle, shelf)
        REFERENCES bins (region_code, warehouse_code, aisle, shelf)
);
