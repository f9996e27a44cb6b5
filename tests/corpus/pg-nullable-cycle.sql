-- A two-table cycle broken by a nullable edge: departments.head_id -> employees (nullable),
-- employees.department_id -> departments (NOT NULL). The cycle is closed with ALTER TABLE (PostgreSQL).
CREATE TABLE departments (
    department_id integer PRIMARY KEY,
    name          varchar(100) NOT NULL UNIQUE,
    head_id       integer
);

CREATE TABLE employees (
    employee_id   integer PRIMARY KEY,
    full_name     varchar(120) NOT NULL,
    department_id integer NOT NULL REFERENCES departments (department_id),
    salary        numeric(10,2) NOT NULL CHECK (salary > 0)
);

ALTER TABLE departments
    ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_id) REFERENCES employees (employee_id);
