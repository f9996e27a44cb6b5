-- SQL Server school roster: composite keys, a composite foreign key, NVARCHAR/NCHAR, BIT, DATETIME2,
-- a skipped CREATE INDEX and a skipped INSERT.
CREATE TABLE [Schools] (
    [SchoolId] INT NOT NULL PRIMARY KEY,
    [Name] NVARCHAR(120) NOT NULL,
    [StateCode] NCHAR(2) NOT NULL
);

CREATE TABLE [Classes] (
    [SchoolId] INT NOT NULL,
    [ClassCode] VARCHAR(12) NOT NULL,
    [Title] NVARCHAR(100) NOT NULL,
    [Capacity] SMALLINT NOT NULL CHECK ([Capacity] BETWEEN 5 AND 40),
    PRIMARY KEY ([SchoolId], [ClassCode]),
    FOREIGN KEY ([SchoolId]) REFERENCES [Schools] ([SchoolId])
);

CREATE TABLE [Pupils] (
    [PupilId] INT IDENTITY(1,1) PRIMARY KEY,
    [SchoolId] INT NOT NULL REFERENCES [Schools] ([SchoolId]),
    [GivenName] NVARCHAR(60) NOT NULL,
    [FamilyName] NVARCHAR(60) NOT NULL,
    [BirthDate] DATE NOT NULL,
    [HasIep] BIT NOT NULL DEFAULT 0
);

CREATE TABLE [ClassPupils] (
    [SchoolId] INT NOT NULL,
    [ClassCode] VARCHAR(12) NOT NULL,
    [PupilId] INT NOT NULL,
    [JoinedAt] DATETIME2 NOT NULL,
    PRIMARY KEY ([SchoolId], [ClassCode], [PupilId]),
    FOREIGN KEY ([SchoolId], [ClassCode]) REFERENCES [Classes] ([SchoolId], [ClassCode]),
    FOREIGN KEY ([PupilId]) REFERENCES [Pupils] ([PupilId])
);

CREATE NONCLUSTERED INDEX [IX_Pupils_School] ON [Pupils] ([SchoolId]);
INSERT INTO [Schools] ([SchoolId], [Name], [StateCode]) VALUES (1, N'Seed School', N'CA');
