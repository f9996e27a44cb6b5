-- Inventory in SQLite: composite UNIQUE, REAL/NUMERIC affinities, an index and a view to skip,
-- and a trigger (which Rowforge must only warn about).
CREATE TABLE locations (
    location_id INTEGER PRIMARY KEY,
    site        TEXT NOT NULL,
    zone        TEXT NOT NULL,
    UNIQUE (site, zone)
);

CREATE TABLE items (
    item_id     INTEGER PRIMARY KEY,
    code        CHAR(8) NOT NULL UNIQUE,
    description TEXT,
    unit_weight REAL CHECK (unit_weight > 0),
    unit_price  DECIMAL(10,2) NOT NULL
);

CREATE TABLE stock_levels (
    item_id     INTEGER NOT NULL REFERENCES items (item_id),
    location_id INTEGER NOT NULL REFERENCES locations (location_id),
    on_hand     INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    counted_at  DATETIME,
    PRIMARY KEY (item_id, location_id)
);

CREATE INDEX idx_stock_location ON stock_levels (location_id);
CREATE VIEW low_stock AS SELECT item_id, location_id FROM stock_levels WHERE on_hand < 5;
CREATE TRIGGER stock_levels_touch AFTER UPDATE ON stock_levels
BEGIN
    UPDATE stock_levels SET counted_at = CURRENT_TIMESTAMP WHERE item_id = NEW.item_id AND location_id = NEW.location_id;
END;
