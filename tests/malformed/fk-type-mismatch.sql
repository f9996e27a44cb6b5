-- orders.customer_code is INT but customers.code is VARCHAR(10)
CREATE TABLE customers (
  code VARCHAR(10) NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE orders (
  order_id INT AUTO_INCREMENT PRIMARY KEY,
  customer_code INT NOT NULL,
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_code) REFERENCES customers (code)
);
