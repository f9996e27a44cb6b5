-- A wide table of PostgreSQL types: uuid, json/jsonb, bytea, timestamptz, time, arrays,
-- numeric precision, char(n), booleans, floats, smallint/bigint.
CREATE TABLE devices (
    device_id     uuid PRIMARY KEY,
    serial_number char(12) NOT NULL UNIQUE,
    model         varchar(40) NOT NULL,
    is_active     boolean NOT NULL DEFAULT true,
    firmware      bytea,
    config        json,
    attributes    jsonb NOT NULL DEFAULT '{}'::jsonb,
    installed_at  timestamptz NOT NULL,
    last_seen     timestamp without time zone,
    daily_report  time NOT NULL,
    made_on       date
);

CREATE TABLE readings (
    reading_id   bigint PRIMARY KEY,
    device_id    uuid NOT NULL REFERENCES devices (device_id),
    temperature  numeric(5,2) NOT NULL CHECK (temperature BETWEEN -50 AND 150),
    humidity     real,
    pressure     double precision,
    exact_value  decimal(12,4),
    quality      smallint NOT NULL,
    sequence_no  bigint NOT NULL,
    labels       text[],
    samples      int[] NOT NULL,
    flags        boolean[]
);
