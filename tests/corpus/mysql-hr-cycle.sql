-- HR: a nullable two-table cycle closed by ALTER TABLE (departments.manager_id -> employees,
-- employees.department_id -> departments), a nullable self-reference, salary history (MySQL/MariaDB).
CREATE TABLE departments (
  department_id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL UNIQUE,
  manager_id INT NULL,
  budget DECIMAL(14,2) NOT NULL CHECK (budget >= 0)
) ENGINE=InnoDB;

CREATE TABLE employees (
  employee_id INT AUTO_INCREMENT PRIMARY KEY,
  department_id INT NOT NULL,
  reports_to INT NULL,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  email VARCHAR(255) NOT NULL,
  hire_date DATE NOT NULL,
  termination_date DATE NULL,
  employment_type ENUM('Full-time', 'Part-time', 'Contract') NOT NULL,
  UNIQUE (email),
  FOREIGN KEY (department_id) REFERENCES departments (department_id),
  FOREIGN KEY (reports_to) REFERENCES employees (employee_id),
  CHECK (termination_date IS NULL OR termination_date >= hire_date)
) ENGINE=InnoDB;

ALTER TABLE departments
  ADD CONSTRAINT fk_department_manager FOREIGN KEY (manager_id) REFERENCES employees (employee_id);

CREATE TABLE salaries (
  employee_id INT NOT NULL,
  from_date DATE NOT NULL,
  to_date DATE NOT NULL,
  amount DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (employee_id, from_date),
  FOREIGN KEY (employee_id) REFERENCES employees (employee_id) ON DELETE CASCADE,
  CONSTRAINT chk_salary_dates CHECK (to_date > from_date),
  CONSTRAINT chk_salary_amount CHECK (amount > 0)
) ENGINE=InnoDB;
