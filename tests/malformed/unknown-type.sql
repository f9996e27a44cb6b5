CREATE TABLE wallets (
    wallet_id integer PRIMARY KEY,
    balance   moneybags NOT NULL
);
