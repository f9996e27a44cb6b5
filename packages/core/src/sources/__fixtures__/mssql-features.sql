-- SQL Server feature corpus for the sources layer (SSMS "Script Table as" style).
USE [Shop]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Customers](
	[CustomerId] [int] IDENTITY(1,1) NOT NULL,
	[Email] [nvarchar](255) NOT NULL,
	[DisplayName] NVARCHAR(MAX) NULL,
	[Notes] VARCHAR(MAX) NULL,
	[IsActive] [bit] NOT NULL DEFAULT ((1)),
	[ExternalId] UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID(),
	[CreatedAt] DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME(),
	[SeenAt] DATETIMEOFFSET NULL,
	[LegacyAt] DATETIME NULL,
	[Balance] DECIMAL(18, 2) NOT NULL CONSTRAINT [CK_Customers_Balance] CHECK ([Balance] >= 0),
	[Credit] MONEY NULL,
	[Level] TINYINT NULL,
	[Ratio] FLOAT NULL,
	[Photo] VARBINARY(MAX) NULL,
	[Code] NCHAR(3) NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED ([CustomerId] ASC)
 WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY],
 CONSTRAINT [UQ_Customers_Email] UNIQUE NONCLUSTERED ([Email] ASC)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
CREATE TABLE dbo.Orders (
	OrderId BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED,
	CustomerId INT NOT NULL,
	ParentOrderId BIGINT NULL,
	Status NVARCHAR(20) NOT NULL CONSTRAINT CK_Orders_Status CHECK (Status IN (N'open', N'shipped', N'closed')),
	PlacedOn DATE NOT NULL,
	Total DECIMAL(10,2) NOT NULL,
	CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId) ON DELETE CASCADE,
	CONSTRAINT FK_Orders_Parent FOREIGN KEY (ParentOrderId) REFERENCES dbo.Orders (OrderId)
);
GO
CREATE TABLE [dbo].[OrderNotes](
	[OrderId] [bigint] NOT NULL,
	[NoteNo] [smallint] NOT NULL,
	[Body] [ntext] NULL,
	[Stamp] [time](7) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[OrderNotes] ADD CONSTRAINT [PK_OrderNotes] PRIMARY KEY CLUSTERED ([OrderId] ASC, [NoteNo] ASC)
GO
ALTER TABLE [dbo].[OrderNotes]  WITH CHECK ADD  CONSTRAINT [FK_OrderNotes_Orders] FOREIGN KEY([OrderId])
REFERENCES [dbo].[Orders] ([OrderId])
GO
ALTER TABLE [dbo].[OrderNotes] CHECK CONSTRAINT [FK_OrderNotes_Orders]
GO
ALTER TABLE [dbo].[OrderNotes] ADD  DEFAULT (getdate()) FOR [Stamp]
GO
CREATE NONCLUSTERED INDEX [IX_Orders_PlacedOn] ON [dbo].[Orders] ([PlacedOn] ASC)
GO
CREATE PROCEDURE dbo.GetOrders @CustomerId INT AS
BEGIN
	SET NOCOUNT ON;
	SELECT * FROM dbo.Orders WHERE CustomerId = @CustomerId;
END
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Customers' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customers'
GO
