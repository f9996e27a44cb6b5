CREATE TABLE `orders` (
  `order_id` INT NOT NULL AUTO_INCREMENT,
  `total` DECIMAL(10,2) NOT NULL
  `status` ENUM('new','paid') NOT NULL,
  PRIMARY KEY (`order_id`)
);
