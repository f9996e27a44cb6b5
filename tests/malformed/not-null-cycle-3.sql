-- a three-table NOT NULL cycle: regions -> managers -> offices -> regions
CREATE TABLE regions (
  region_id INT PRIMARY KEY,
  head_office_id INT NOT NULL
);

CREATE TABLE managers (
  manager_id INT PRIMARY KEY,
  region_id INT NOT NULL,
  FOREIGN KEY (region_id) REFERENCES regions (region_id)
);

CREATE TABLE offices (
  office_id INT PRIMARY KEY,
  manager_id INT NOT NULL,
  FOREIGN KEY (manager_id) REFERENCES managers (manager_id)
);

ALTER TABLE regions ADD FOREIGN KEY (head_office_id) REFERENCES offices (office_id);
