-- A school: students, teachers, courses, sections, enrollments with a composite key, grades (MySQL/MariaDB).
CREATE TABLE schools (
  school_id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  nces_id CHAR(12) NOT NULL UNIQUE,
  city VARCHAR(80) NOT NULL,
  state CHAR(2) NOT NULL,
  zip VARCHAR(10) NOT NULL,
  low_grade ENUM('PK','KG','01','02','03','04','05','06','07','08','09','10','11','12') NOT NULL,
  high_grade ENUM('PK','KG','01','02','03','04','05','06','07','08','09','10','11','12') NOT NULL
);

CREATE TABLE teachers (
  teacher_id INT AUTO_INCREMENT PRIMARY KEY,
  school_id INT NOT NULL,
  first_name VARCHAR(60) NOT NULL,
  last_name VARCHAR(60) NOT NULL,
  email VARCHAR(255) NOT NULL UNIQUE,
  hire_date DATE NOT NULL,
  FOREIGN KEY (school_id) REFERENCES schools(school_id)
);

CREATE TABLE students (
  student_id INT AUTO_INCREMENT PRIMARY KEY,
  school_id INT NOT NULL,
  state_id CHAR(10) NOT NULL UNIQUE,
  first_name VARCHAR(60) NOT NULL,
  last_name VARCHAR(60) NOT NULL,
  birth_date DATE NOT NULL,
  grade ENUM('PK','KG','01','02','03','04','05','06','07','08','09','10','11','12') NOT NULL,
  gender ENUM('F','M','X') NOT NULL,
  ell TINYINT(1) NOT NULL DEFAULT 0,
  FOREIGN KEY (school_id) REFERENCES schools(school_id)
);

CREATE TABLE courses (
  course_id INT AUTO_INCREMENT PRIMARY KEY,
  course_code VARCHAR(12) NOT NULL UNIQUE,
  title VARCHAR(120) NOT NULL,
  subject ENUM('english/language arts','math','science','social studies','language','arts and music','PE and health','other') NOT NULL,
  credits DECIMAL(3,1) NOT NULL CHECK (credits > 0 AND credits <= 10)
);

CREATE TABLE sections (
  section_id INT AUTO_INCREMENT PRIMARY KEY,
  course_id INT NOT NULL,
  teacher_id INT NOT NULL,
  term VARCHAR(10) NOT NULL,
  period TINYINT NOT NULL CHECK (period BETWEEN 1 AND 10),
  room VARCHAR(10),
  FOREIGN KEY (course_id) REFERENCES courses(course_id),
  FOREIGN KEY (teacher_id) REFERENCES teachers(teacher_id)
);

CREATE TABLE enrollments (
  section_id INT NOT NULL,
  student_id INT NOT NULL,
  enrolled_on DATE NOT NULL,
  dropped_on DATE NULL,
  PRIMARY KEY (section_id, student_id),
  FOREIGN KEY (section_id) REFERENCES sections(section_id),
  FOREIGN KEY (student_id) REFERENCES students(student_id),
  CHECK (dropped_on IS NULL OR dropped_on >= enrolled_on)
);

CREATE TABLE grades (
  section_id INT NOT NULL,
  student_id INT NOT NULL,
  term_grade DECIMAL(5,2) NOT NULL CHECK (term_grade BETWEEN 0 AND 100),
  letter CHAR(2) NOT NULL,
  PRIMARY KEY (section_id, student_id),
  FOREIGN KEY (section_id, student_id) REFERENCES enrollments(section_id, student_id)
);
