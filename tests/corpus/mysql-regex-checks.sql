-- Regular-expression CHECKs in MariaDB/MySQL: REGEXP on a UNIQUE code, RLIKE behind IS NULL OR,
-- NOT REGEXP the generator only checks.
CREATE TABLE stores (
  id INT AUTO_INCREMENT PRIMARY KEY,
  store_code VARCHAR(8) NOT NULL UNIQUE,
  phone_ext VARCHAR(6) NULL,
  motto VARCHAR(80) NOT NULL,
  CONSTRAINT chk_store_code CHECK (store_code REGEXP '^ST[0-9]{4}$'),
  CONSTRAINT chk_ext CHECK (phone_ext IS NULL OR phone_ext RLIKE '^x[0-9]{2,4}$'),
  CONSTRAINT chk_motto CHECK (motto NOT REGEXP '[<>]')
) ENGINE=InnoDB;
