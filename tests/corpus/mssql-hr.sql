-- SQL Server HR: a nullable self-reference, foreign keys added with ALTER TABLE ... ADD CONSTRAINT,
-- cross-column CHECKs, DATE, TIME(0), TINYINT and DECIMAL columns.
CREATE TABLE dbo.Departments (
    DepartmentId SMALLINT IDENTITY(1,1) PRIMARY KEY,
    Name NVARCHAR(80) NOT NULL UNIQUE,
    CostCenter CHAR(6) NOT NULL
);

CREATE TABLE dbo.Employees (
    EmployeeId INT IDENTITY(1,1) NOT NULL,
    DepartmentId SMALLINT NOT NULL,
    ManagerId INT NULL,
    FirstName NVARCHAR(50) NOT NULL,
    LastName NVARCHAR(50) NOT NULL,
    HireDate DATE NOT NULL,
    TerminationDate DATE NULL,
    ShiftStart TIME(0) NOT NULL,
    Grade TINYINT NOT NULL,
    Salary DECIMAL(10,2) NOT NULL,
    CONSTRAINT PK_Employees PRIMARY KEY (EmployeeId),
    CONSTRAINT CK_Employees_Dates CHECK (TerminationDate IS NULL OR TerminationDate >= HireDate),
    CONSTRAINT CK_Employees_Grade CHECK (Grade BETWEEN 1 AND 15)
);

ALTER TABLE dbo.Employees ADD CONSTRAINT FK_Employees_Departments
    FOREIGN KEY (DepartmentId) REFERENCES dbo.Departments (DepartmentId);
ALTER TABLE dbo.Employees ADD CONSTRAINT FK_Employees_Manager
    FOREIGN KEY (ManagerId) REFERENCES dbo.Employees (EmployeeId);

CREATE TABLE dbo.TimeOff (
    TimeOffId INT IDENTITY(1,1) PRIMARY KEY,
    EmployeeId INT NOT NULL REFERENCES dbo.Employees (EmployeeId),
    StartDate DATE NOT NULL,
    EndDate DATE NOT NULL,
    Approved BIT NULL,
    CHECK (EndDate >= StartDate)
);
