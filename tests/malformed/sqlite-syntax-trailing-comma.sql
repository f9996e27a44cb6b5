CREATE TABLE notes (
    note_id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
);
