-- AUTO_INCREMENT keys of several widths, UNSIGNED columns, TINYINT(1) booleans, table options (MySQL/MariaDB).
CREATE TABLE `stores` (
  `store_id` SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `is_open` TINYINT(1) NOT NULL DEFAULT 1,
  `opened_on` DATE NOT NULL,
  PRIMARY KEY (`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci AUTO_INCREMENT=100;

CREATE TABLE `staff` (
  `staff_id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `store_id` SMALLINT UNSIGNED NOT NULL,
  `username` VARCHAR(32) NOT NULL,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `hourly_rate` DECIMAL(6,2) UNSIGNED NOT NULL,
  UNIQUE KEY `uq_staff_username` (`username`),
  KEY `idx_staff_store` (`store_id`),
  CONSTRAINT `fk_staff_store` FOREIGN KEY (`store_id`) REFERENCES `stores` (`store_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rentals` (
  `rental_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `staff_id` INT UNSIGNED NOT NULL,
  `rented_at` DATETIME NOT NULL,
  `returned_at` DATETIME NULL,
  `amount` DECIMAL(8,2) NOT NULL,
  `late` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`rental_id`),
  CONSTRAINT `fk_rental_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`staff_id`),
  CONSTRAINT `chk_rental_amount` CHECK (`amount` >= 0),
  CONSTRAINT `chk_rental_return` CHECK (`returned_at` IS NULL OR `returned_at` >= `rented_at`)
) ENGINE=InnoDB;
