-- the CHECK allows 100 key values; 200 rows are asked for
CREATE TABLE tickets (
    ticket_no INTEGER PRIMARY KEY CHECK (ticket_no BETWEEN 1 AND 100),
    holder    TEXT NOT NULL
);
