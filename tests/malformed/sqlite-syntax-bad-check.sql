CREATE TABLE items (
    item_id INTEGER PRIMARY KEY,
    qty INTEGER CHECK qty > 0
);
