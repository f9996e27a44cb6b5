-- no integer is both above 10 and below 5
CREATE TABLE gauges (
    gauge_id integer PRIMARY KEY,
    reading  integer NOT NULL,
    CONSTRAINT gauges_reading_range CHECK (reading > 10 AND reading < 5)
);
