-- subscriptions references customers.email, which is neither a primary key nor UNIQUE
CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    email       varchar(255) NOT NULL
);

CREATE TABLE subscriptions (
    subscription_id integer PRIMARY KEY,
    email           varchar(255) NOT NULL REFERENCES customers (email)
);
