-- A library: reserved-word columns (`condition`, `year`, `key`), a composite foreign key,
-- a nullable self-reference and paired dates (MySQL/MariaDB).
CREATE TABLE branches (
  branch_id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(120) NOT NULL,
  PRIMARY KEY (branch_id)
);

CREATE TABLE titles (
  title_id INT NOT NULL AUTO_INCREMENT,
  isbn13 CHAR(13) NOT NULL,
  title VARCHAR(255) NOT NULL,
  `year` SMALLINT NULL CHECK (`year` BETWEEN 1450 AND 2030),
  series_parent_id INT NULL,
  PRIMARY KEY (title_id),
  UNIQUE KEY uq_isbn (isbn13),
  FOREIGN KEY (series_parent_id) REFERENCES titles(title_id)
);

CREATE TABLE copies (
  branch_id INT NOT NULL,
  copy_no SMALLINT NOT NULL,
  title_id INT NOT NULL,
  `condition` ENUM('New', 'Good', 'Fair', 'Poor') NOT NULL,
  `key` VARCHAR(20) NOT NULL,
  acquired_on DATE NOT NULL,
  PRIMARY KEY (branch_id, copy_no),
  UNIQUE KEY uq_copy_key (`key`),
  FOREIGN KEY (branch_id) REFERENCES branches(branch_id),
  FOREIGN KEY (title_id) REFERENCES titles(title_id)
);

CREATE TABLE members (
  member_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(100) NOT NULL,
  last_name VARCHAR(100) NOT NULL,
  email VARCHAR(255) NOT NULL UNIQUE,
  date_of_birth DATE NULL,
  join_date DATE NOT NULL
);

CREATE TABLE loans (
  loan_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  branch_id INT NOT NULL,
  copy_no SMALLINT NOT NULL,
  member_id INT NOT NULL,
  loan_date DATE NOT NULL,
  due_date DATE NOT NULL,
  return_date DATE NULL,
  fine_amount DECIMAL(6,2) NOT NULL DEFAULT 0.00,
  CONSTRAINT fk_loan_copy FOREIGN KEY (branch_id, copy_no) REFERENCES copies(branch_id, copy_no),
  CONSTRAINT fk_loan_member FOREIGN KEY (member_id) REFERENCES members(member_id),
  CONSTRAINT chk_due_after_loan CHECK (due_date >= loan_date),
  CONSTRAINT chk_fine CHECK (fine_amount >= 0)
);
