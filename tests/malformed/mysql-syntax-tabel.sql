-- MySQL schema with a typo
CREATE TABEL customers (
  id INT AUTO_INCREMENT PRIMARY KEY
);
