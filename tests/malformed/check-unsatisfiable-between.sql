-- BETWEEN with the bounds the wrong way round: no value satisfies it
CREATE TABLE shelves (
  shelf_id INT PRIMARY KEY,
  slots INT NOT NULL CHECK (slots BETWEEN 10 AND 5)
);
