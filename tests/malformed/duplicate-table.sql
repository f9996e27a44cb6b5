CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    total      numeric(10,2) NOT NULL
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    issued_on  date NOT NULL
);
