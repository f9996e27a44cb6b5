-- A mysqldump-style file: conditional comments, SET statements, DROP/LOCK/UNLOCK, INSERT data,
-- secondary indexes, a view and ALTER TABLE ADD PRIMARY KEY / FOREIGN KEY / UNIQUE / CHECK.
-- Everything but the tables and their constraints must only produce warnings.
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
SET SQL_MODE = 'NO_AUTO_VALUE_ON_ZERO';

DROP TABLE IF EXISTS `suppliers`;
CREATE TABLE `suppliers` (
  `supplier_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL COMMENT 'Trading name',
  `country` char(2) NOT NULL DEFAULT 'US',
  `rating` tinyint(4) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Who we buy from';

DROP TABLE IF EXISTS `parts`;
CREATE TABLE `parts` (
  `part_id` int(11) NOT NULL,
  `supplier_id` int(11) NOT NULL,
  `part_no` varchar(30) NOT NULL,
  `unit_cost` decimal(10,2) NOT NULL,
  `list_price` decimal(10,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `suppliers` WRITE;
/*!40000 ALTER TABLE `suppliers` DISABLE KEYS */;
INSERT INTO `suppliers` VALUES (1,'Acme','US',5);
/*!40000 ALTER TABLE `suppliers` ENABLE KEYS */;
UNLOCK TABLES;

ALTER TABLE `suppliers` ADD PRIMARY KEY (`supplier_id`);
ALTER TABLE `suppliers` ADD CONSTRAINT `chk_rating` CHECK (`rating` BETWEEN 1 AND 5);
ALTER TABLE `parts`
  ADD PRIMARY KEY (`part_id`),
  ADD UNIQUE KEY `uq_part_no` (`part_no`),
  ADD KEY `idx_supplier` (`supplier_id`);
ALTER TABLE `parts` ADD CONSTRAINT `fk_parts_supplier` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`);
ALTER TABLE `parts` ADD CONSTRAINT `chk_price` CHECK (`list_price` > `unit_cost`);
ALTER TABLE `parts` MODIFY `part_id` int(11) NOT NULL AUTO_INCREMENT;

CREATE INDEX idx_parts_price ON parts (list_price);
CREATE OR REPLACE VIEW `cheap_parts` AS SELECT `part_id`, `part_no` FROM `parts` WHERE `list_price` < 10;

/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
