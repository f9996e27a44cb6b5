-- MySQL / MariaDB feature corpus for the sources layer (mysqldump-like).
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
SET FOREIGN_KEY_CHECKS = 0;
USE `shop`;
DROP TABLE IF EXISTS `customers`;

CREATE TABLE `customers` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL COMMENT 'login e-mail',
  `full_name` VARCHAR(100) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `vip` BOOLEAN DEFAULT FALSE,
  `newsletter` BOOL,
  `status` ENUM('new', 'active', 'banned') NOT NULL DEFAULT 'new',
  `tags` SET('a', 'b', 'c'),
  `age` TINYINT UNSIGNED,
  `score` SMALLINT,
  `visits` BIGINT(20) UNSIGNED DEFAULT 0,
  `balance` DECIMAL(12, 2) NOT NULL DEFAULT 0.00,
  `ratio` DOUBLE,
  `weight` FLOAT,
  `bio` TEXT,
  `notes` MEDIUMTEXT,
  `summary` TINYTEXT,
  `history` LONGTEXT,
  `avatar` BLOB,
  `token` VARBINARY(16),
  `prefs` JSON,
  `birth_date` DATE,
  `wake_at` TIME,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `country` CHAR(2) CHARACTER SET latin1 COLLATE latin1_bin,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_customers_email` (`email`),
  KEY `idx_customers_name` (`full_name`),
  INDEX `idx_status` (`status`),
  CONSTRAINT `chk_age` CHECK (`age` BETWEEN 18 AND 120),
  CONSTRAINT `chk_name` CHECK (CHAR_LENGTH(`full_name`) > 1 AND `full_name` NOT LIKE '% %%')
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='people who buy';

CREATE TABLE categories (
  id INT AUTO_INCREMENT PRIMARY KEY,
  parent_id INT NULL,
  name VARCHAR(50) NOT NULL,
  FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE orders (
  customer_id INT UNSIGNED NOT NULL,
  order_no INT NOT NULL,
  placed_at DATETIME(3) NOT NULL,
  total DECIMAL(10,2) NOT NULL CHECK (total >= 0),
  channel VARCHAR(10) CHECK (channel IN ('web', 'store', 'phone')),
  coupon VARCHAR(20) CHECK (coupon IS NULL OR coupon LIKE 'C-%'),
  PRIMARY KEY (customer_id, order_no),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE order_lines (
  customer_id INT UNSIGNED NOT NULL,
  order_no INT NOT NULL,
  line_no SMALLINT NOT NULL,
  category_id INT,
  qty INT NOT NULL DEFAULT 1,
  unit_price DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (customer_id, order_no, line_no),
  UNIQUE (customer_id, order_no, category_id),
  CONSTRAINT fk_lines_order FOREIGN KEY (customer_id, order_no) REFERENCES orders (customer_id, order_no),
  CHECK (qty * unit_price < 1000000 AND qty % 1 = 0 AND -qty < 0)
);

CREATE TABLE shipments (
  id INT NOT NULL,
  customer_id INT UNSIGNED NOT NULL,
  order_no INT NOT NULL,
  carrier VARCHAR(20)
);

ALTER TABLE shipments ADD PRIMARY KEY (id);
ALTER TABLE shipments MODIFY id INT NOT NULL AUTO_INCREMENT;
ALTER TABLE shipments ADD CONSTRAINT fk_ship_order FOREIGN KEY (customer_id, order_no) REFERENCES orders (customer_id, order_no);
ALTER TABLE shipments ADD UNIQUE KEY uq_ship (customer_id, order_no, carrier);
ALTER TABLE shipments ADD CONSTRAINT chk_carrier CHECK (carrier <> '');

CREATE INDEX idx_orders_placed ON orders (placed_at);
CREATE VIEW v_active AS SELECT id, email FROM customers WHERE status = 'active';
LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` (`id`, `email`, `full_name`) VALUES (1, 'a@b.c', 'Ann Lee');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;
DELIMITER ;;
CREATE TRIGGER trg_orders BEFORE INSERT ON orders FOR EACH ROW BEGIN
  SET NEW.total = ROUND(NEW.total, 2);
END ;;
DELIMITER ;
GRANT SELECT ON shop.* TO 'reader'@'%';
SET FOREIGN_KEY_CHECKS = 1;
