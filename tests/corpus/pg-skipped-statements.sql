-- A pg_dump-like file: settings, comments, indexes, a view, a function, grants and seed data.
-- Only the tables matter to Rowforge; everything else must only produce warnings.
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

CREATE TABLE public.countries (
    country_code char(2) PRIMARY KEY,
    name         varchar(80) NOT NULL
);

CREATE TABLE public.customers (
    customer_id  integer PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES public.countries (country_code),
    email        varchar(255) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE public.customers IS 'People who buy things';
COMMENT ON COLUMN public.customers.email IS 'Login e-mail';

CREATE INDEX customers_country_idx ON public.customers USING btree (country_code);
CREATE UNIQUE INDEX customers_email_lower_idx ON public.customers (lower(email));

CREATE VIEW public.customer_counts AS
    SELECT country_code, count(*) AS n FROM public.customers GROUP BY country_code;

CREATE FUNCTION public.customer_total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.customers $$;

GRANT SELECT ON public.customer_counts TO PUBLIC;

INSERT INTO public.countries (country_code, name) VALUES ('ZZ', 'Seedland');

COMMIT;
