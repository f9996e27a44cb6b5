-- Nullable self-references: an org chart and a category tree (PostgreSQL).
CREATE TABLE employees (
    employee_id integer PRIMARY KEY,
    first_name  varchar(60) NOT NULL,
    last_name   varchar(60) NOT NULL,
    email       varchar(255) NOT NULL UNIQUE,
    manager_id  integer REFERENCES employees (employee_id),
    hire_date   date NOT NULL
);

CREATE TABLE categories (
    category_id        serial PRIMARY KEY,
    parent_category_id integer,
    name               varchar(100) NOT NULL,
    depth              smallint NOT NULL DEFAULT 0 CHECK (depth >= 0),
    CONSTRAINT categories_parent_fk FOREIGN KEY (parent_category_id) REFERENCES categories (category_id) ON DELETE SET NULL
);
