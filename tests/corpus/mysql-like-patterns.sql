-- LIKE CHECKs that say what a column holds, in MariaDB/MySQL: a prefix on a UNIQUE column, a
-- suffix behind IS NULL OR, and a fixed layout of a CHAR column.
CREATE TABLE coupons (
  id INT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(20) NOT NULL UNIQUE,
  campaign VARCHAR(30) NULL,
  CONSTRAINT chk_code CHECK (code LIKE 'C-%'),
  CONSTRAINT chk_campaign CHECK (campaign IS NULL OR campaign LIKE '%-2026')
) ENGINE=InnoDB;

CREATE TABLE redemptions (
  id INT AUTO_INCREMENT PRIMARY KEY,
  coupon_id INT NOT NULL,
  store_code CHAR(6) NOT NULL CHECK (store_code LIKE 'ST____'),
  FOREIGN KEY (coupon_id) REFERENCES coupons (id)
) ENGINE=InnoDB;
