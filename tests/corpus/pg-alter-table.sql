-- Constraints added after the fact with ALTER TABLE: PRIMARY KEY, FOREIGN KEY, UNIQUE, CHECK (PostgreSQL).
CREATE TABLE authors (
    author_id  integer NOT NULL,
    pen_name   varchar(100) NOT NULL,
    born_year  integer
);

CREATE TABLE books (
    book_id    integer NOT NULL,
    author_id  integer NOT NULL,
    isbn       varchar(17) NOT NULL,
    title      varchar(200) NOT NULL,
    pages      integer NOT NULL
);

ALTER TABLE authors ADD PRIMARY KEY (author_id);
ALTER TABLE ONLY books ADD CONSTRAINT books_pkey PRIMARY KEY (book_id);
ALTER TABLE books ADD CONSTRAINT books_isbn_key UNIQUE (isbn);
ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (author_id) ON DELETE CASCADE;
ALTER TABLE books ADD CONSTRAINT books_pages_check CHECK (pages > 0 AND pages <= 5000);
ALTER TABLE authors ADD CHECK (born_year BETWEEN 1500 AND 2010);
ALTER TABLE authors ADD UNIQUE (pen_name);
