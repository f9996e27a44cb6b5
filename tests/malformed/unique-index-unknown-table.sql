CREATE TABLE accounts (
  account_id INT PRIMARY KEY,
  email VARCHAR(255) NOT NULL
);

CREATE UNIQUE INDEX ux_entries_ref ON ledger_entries (entry_ref);
