-- two FK columns, one referenced column
CREATE TABLE parents (
  parent_id INT PRIMARY KEY
);

CREATE TABLE children (
  child_id INT PRIMARY KEY,
  parent_id INT NOT NULL,
  parent_rev INT NOT NULL,
  CONSTRAINT fk_children_parent FOREIGN KEY (parent_id, parent_rev) REFERENCES parents (parent_id)
);
