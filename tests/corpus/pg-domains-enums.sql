-- Domains with CHECKs and NOT NULL, and enum types (PostgreSQL).
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN percentage AS numeric(5,2) CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE DOMAIN star_rating AS smallint NOT NULL CHECK (VALUE BETWEEN 1 AND 5);
CREATE DOMAIN short_code AS varchar(8);

CREATE TYPE ticket_status AS ENUM ('open', 'in_progress', 'waiting', 'resolved', 'closed');
CREATE TYPE priority_level AS ENUM ('low', 'medium', 'high', 'urgent');

CREATE TABLE agents (
    agent_id   positive_int PRIMARY KEY,
    name       varchar(100) NOT NULL,
    team_code  short_code NOT NULL,
    occupancy  percentage
);

CREATE TABLE tickets (
    ticket_id  integer PRIMARY KEY,
    agent_id   positive_int REFERENCES agents (agent_id),
    status     ticket_status NOT NULL DEFAULT 'open',
    priority   priority_level NOT NULL,
    satisfaction star_rating,
    opened_at  timestamptz NOT NULL
);
