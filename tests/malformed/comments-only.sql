-- This file was meant to hold the schema.
-- CREATE TABLE users (id integer PRIMARY KEY);
/* CREATE TABLE orders (
     order_id integer PRIMARY KEY
   ); */
