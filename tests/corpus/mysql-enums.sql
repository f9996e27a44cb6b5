-- ENUM columns (nullable, defaulted, NOT NULL), DECIMAL(12,4), DATETIME/TIMESTAMP defaults and CHECKs (MySQL/MariaDB).
CREATE TABLE tickets (
  ticket_id INT AUTO_INCREMENT PRIMARY KEY,
  severity ENUM('low', 'medium', 'high', 'critical') NOT NULL,
  status ENUM('new', 'triaged', 'in progress', 'done', 'won''t fix') NOT NULL DEFAULT 'new',
  channel ENUM('email', 'phone', 'chat') NULL,
  exchange_rate DECIMAL(12,4) NOT NULL CHECK (exchange_rate > 0),
  estimate_hours DECIMAL(5,1) CHECK (estimate_hours BETWEEN 0 AND 999),
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
);

CREATE TABLE ticket_events (
  event_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id INT NOT NULL,
  kind ENUM('comment', 'status_change', 'assignment') NOT NULL,
  visibility ENUM('public', 'internal') DEFAULT 'public',
  happened_at DATETIME(3) NOT NULL,
  FOREIGN KEY (ticket_id) REFERENCES tickets(ticket_id) ON DELETE CASCADE
);
