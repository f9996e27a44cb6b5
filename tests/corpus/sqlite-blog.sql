-- A small blog in SQLite: authors, posts, tags (M:N with a composite key), threaded comments,
-- a composite foreign key and booleans as INTEGER 0/1.
CREATE TABLE authors (
    author_id  INTEGER PRIMARY KEY,
    handle     VARCHAR(30) NOT NULL UNIQUE,
    email      VARCHAR(255) NOT NULL UNIQUE,
    first_name VARCHAR(60) NOT NULL,
    last_name  VARCHAR(60) NOT NULL,
    verified   INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1))
);

CREATE TABLE posts (
    post_id    INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES authors (author_id),
    title      VARCHAR(200) NOT NULL,
    body       TEXT NOT NULL,
    published  BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP
);

CREATE TABLE tags (
    tag  VARCHAR(40) PRIMARY KEY,
    hue  INTEGER CHECK (hue BETWEEN 0 AND 359)
);

CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts (post_id),
    tag     VARCHAR(40) NOT NULL REFERENCES tags (tag),
    PRIMARY KEY (post_id, tag)
);

CREATE TABLE comments (
    comment_id INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts (post_id),
    reply_to   INTEGER REFERENCES comments (comment_id),
    body       TEXT NOT NULL,
    score      REAL
);

CREATE TABLE featured_tags (
    post_id INTEGER NOT NULL,
    tag     VARCHAR(40) NOT NULL,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 1000),
    PRIMARY KEY (post_id, tag),
    FOREIGN KEY (post_id, tag) REFERENCES post_tags (post_id, tag)
);
