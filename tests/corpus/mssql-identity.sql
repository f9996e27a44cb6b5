-- SQL Server: IDENTITY columns, NVARCHAR, DATETIME2, BIT, UNIQUEIDENTIFIER, DECIMAL, bracketed
-- names in the dbo schema and GO batch separators, as SSMS scripts them.
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[Customers] (
    [CustomerId]   INT IDENTITY(1,1) NOT NULL,
    [ExternalRef]  UNIQUEIDENTIFIER NOT NULL,
    [DisplayName]  NVARCHAR(100) NOT NULL,
    [Email]        NVARCHAR(255) NOT NULL,
    [IsActive]     BIT NOT NULL CONSTRAINT [DF_Customers_IsActive] DEFAULT ((1)),
    [CreatedAt]    DATETIME2(3) NOT NULL,
    CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED ([CustomerId] ASC),
    CONSTRAINT [UQ_Customers_Email] UNIQUE NONCLUSTERED ([Email])
)
GO

CREATE TABLE [dbo].[Orders] (
    [OrderId]     BIGINT IDENTITY(1000,1) NOT NULL PRIMARY KEY,
    [CustomerId]  INT NOT NULL,
    [OrderedAt]   DATETIME2 NOT NULL,
    [Total]       DECIMAL(12,2) NOT NULL,
    [Notes]       NVARCHAR(MAX) NULL,
    [Channel]     VARCHAR(10) NOT NULL CHECK ([Channel] IN ('web', 'store', 'phone')),
    CONSTRAINT [FK_Orders_Customers] FOREIGN KEY ([CustomerId]) REFERENCES [dbo].[Customers] ([CustomerId]),
    CONSTRAINT [CK_Orders_Total] CHECK ([Total] >= 0)
)
GO

CREATE TABLE [dbo].[OrderLines] (
    [OrderId]   BIGINT NOT NULL,
    [LineNo]    SMALLINT NOT NULL,
    [Sku]       NCHAR(10) NOT NULL,
    [Qty]       INT NOT NULL,
    [UnitPrice] DECIMAL(10,2) NOT NULL,
    CONSTRAINT [PK_OrderLines] PRIMARY KEY ([OrderId], [LineNo]),
    CONSTRAINT [FK_OrderLines_Orders] FOREIGN KEY ([OrderId]) REFERENCES [dbo].[Orders] ([OrderId]),
    CONSTRAINT [CK_OrderLines_Qty] CHECK ([Qty] > 0 AND [Qty] <= 1000)
)
GO
