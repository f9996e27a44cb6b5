-- SQLite feature corpus for the sources layer (sqlite3 .dump-like).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE artists (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  country VARCHAR(2) DEFAULT 'US',
  active BOOLEAN NOT NULL DEFAULT 1,
  rating REAL CHECK (rating >= 0 AND rating <= 5),
  founded DATE,
  updated DATETIME DEFAULT CURRENT_TIMESTAMP,
  fee NUMERIC(8, 2),
  photo BLOB,
  misc
);
CREATE TABLE albums (
  id INTEGER PRIMARY KEY,
  artist_id INTEGER NOT NULL REFERENCES artists (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  released INT CHECK (released BETWEEN 1900 AND 2100),
  kind TEXT NOT NULL DEFAULT 'lp' CHECK (kind IN ('lp', 'ep', 'single')),
  UNIQUE (artist_id, title)
) STRICT;
CREATE TABLE tracks (
  album_id INTEGER NOT NULL,
  track_no INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (length(title) > 0),
  duration_ms BIGINT,
  PRIMARY KEY (album_id, track_no),
  FOREIGN KEY (album_id) REFERENCES albums (id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE TABLE "play log" (
  [id] INTEGER PRIMARY KEY,
  `album_id` INTEGER,
  "track_no" INTEGER,
  played_at TEXT NOT NULL,
  FOREIGN KEY (album_id, track_no) REFERENCES tracks (album_id, track_no)
);
CREATE TABLE sqlite_sequence(name,seq);
INSERT INTO artists (name) VALUES ('Nina');
CREATE INDEX idx_albums_title ON albums (title);
CREATE VIEW v_albums AS SELECT a.title, b.name FROM albums a JOIN artists b ON a.artist_id = b.id;
CREATE TRIGGER trg_artist AFTER UPDATE ON artists BEGIN
  UPDATE artists SET updated = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
COMMIT;
