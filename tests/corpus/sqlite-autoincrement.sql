-- SQLite key styles: INTEGER PRIMARY KEY AUTOINCREMENT, rowid aliases, a WITHOUT ROWID table with a
-- composite key, and a nullable self-reference.
CREATE TABLE IF NOT EXISTS folders (
    folder_id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES folders (folder_id) ON DELETE CASCADE,
    name      VARCHAR(100) NOT NULL,
    created   DATETIME NOT NULL
);

CREATE TABLE files (
    file_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    folder_id INTEGER NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    checksum  BLOB,
    FOREIGN KEY (folder_id) REFERENCES folders (folder_id),
    UNIQUE (folder_id, file_name)
);

CREATE TABLE file_versions (
    file_id    INTEGER NOT NULL REFERENCES files (file_id),
    version_no INTEGER NOT NULL CHECK (version_no >= 1),
    saved_at   DATETIME NOT NULL,
    note       TEXT,
    PRIMARY KEY (file_id, version_no)
) WITHOUT ROWID;
