-- Orders for the demo shop
-- (the keyword on line 3 is misspelt)
CREATE TABLEE orders (
    order_id integer PRIMARY KEY
);
