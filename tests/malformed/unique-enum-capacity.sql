-- three enum values cannot fill 10 UNIQUE NOT NULL rows
CREATE TABLE shirt_sizes (
  size_id INT PRIMARY KEY,
  size ENUM('S', 'M', 'L') NOT NULL UNIQUE
);
