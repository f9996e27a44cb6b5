CREATE TABLE subscribers (
  subscriber_id INT PRIMARY KEY,
  email VARCHAR(255) NOT NULL,
  name VARCHAR(100),
  email VARCHAR(320)
);
