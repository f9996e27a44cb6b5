-- A nullable two-table cycle declared up front (SQLite lets a FOREIGN KEY name a table created later):
-- teams.captain_id -> players (nullable), players.team_id -> teams (NOT NULL).
PRAGMA foreign_keys = ON;

CREATE TABLE teams (
    team_id    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    founded    INTEGER CHECK (founded BETWEEN 1850 AND 2026),
    captain_id INTEGER REFERENCES players (player_id)
);

CREATE TABLE players (
    player_id  INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES teams (team_id),
    full_name  TEXT NOT NULL,
    jersey_no  INTEGER NOT NULL CHECK (jersey_no BETWEEN 0 AND 99),
    birth_date DATE
);
