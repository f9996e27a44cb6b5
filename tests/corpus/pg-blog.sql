-- A blog: users with a one-to-one profile, posts with tags (array and M:N), threaded comments (PostgreSQL).
CREATE TABLE users (
    user_id    uuid PRIMARY KEY,
    username   varchar(30) NOT NULL UNIQUE,
    email      varchar(255) NOT NULL UNIQUE,
    is_admin   boolean NOT NULL DEFAULT false,
    joined_at  timestamptz NOT NULL
);

CREATE TABLE user_profiles (
    profile_id integer PRIMARY KEY,
    user_id    uuid NOT NULL UNIQUE REFERENCES users (user_id),
    display_name varchar(60) NOT NULL,
    bio        text,
    website    varchar(200),
    settings   jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE posts (
    post_id      bigint PRIMARY KEY,
    author_id    uuid NOT NULL REFERENCES users (user_id),
    slug         varchar(120) NOT NULL UNIQUE,
    title        varchar(200) NOT NULL,
    body         text NOT NULL,
    tags         text[] NOT NULL DEFAULT '{}',
    published    boolean NOT NULL,
    published_at timestamptz,
    view_count   integer NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    metadata     jsonb
);

CREATE TABLE tags (
    tag_id smallint PRIMARY KEY,
    name   varchar(40) NOT NULL UNIQUE
);

CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    tag_id  smallint NOT NULL REFERENCES tags (tag_id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);

CREATE TABLE comments (
    comment_id        bigint PRIMARY KEY,
    post_id           bigint NOT NULL REFERENCES posts (post_id),
    author_id         uuid REFERENCES users (user_id),
    parent_comment_id bigint REFERENCES comments (comment_id),
    body              varchar(2000) NOT NULL,
    created_at        timestamptz NOT NULL,
    upvotes           integer NOT NULL DEFAULT 0 CHECK (upvotes >= 0)
);
