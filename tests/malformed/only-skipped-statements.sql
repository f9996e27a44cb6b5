-- statements Rowforge skips, and no CREATE TABLE at all
SET NAMES utf8mb4;
CREATE INDEX idx_users_email ON users (email);
INSERT INTO users (id, email) VALUES (1, 'a@example.com');
