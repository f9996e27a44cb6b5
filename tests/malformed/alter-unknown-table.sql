CREATE TABLE accounts (
  account_id INT PRIMARY KEY
);

ALTER TABLE ledger_entries ADD CONSTRAINT fk_entries_account FOREIGN KEY (account_id) REFERENCES accounts (account_id);
