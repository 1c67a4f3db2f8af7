-- The demo LMS: a small schema like many LMSs have. Times are instants (UTC); each event names
-- its IANA time zone so that invitees see local time. ${timestamp_type} is the database's column
-- type for an instant (see LmsDatabase): ${timestamp_type}, or DATETIME(6) in UTC on MariaDB.
CREATE TABLE lms_event (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    title        VARCHAR(1000),
    description  VARCHAR(4000),
    location     VARCHAR(255),
    starts_at    ${timestamp_type},
    ends_at      ${timestamp_type},
    time_zone    VARCHAR(64),
    status       VARCHAR(16)   NOT NULL,        -- SCHEDULED or CANCELLED
    created_at   ${timestamp_type} NOT NULL
);

CREATE TABLE lms_booking (
    id             BIGINT        NOT NULL PRIMARY KEY,
    event_id       VARCHAR(64)   NOT NULL REFERENCES lms_event (id),
    learner_email  VARCHAR(320),
    learner_name   VARCHAR(200),
    status         VARCHAR(16)   NOT NULL,      -- BOOKED or CANCELLED
    response       VARCHAR(16)                  -- ACCEPTED, TENTATIVE or DECLINED once the learner answered
);
-- The connector looks up bookings by event at every poll (sql.changed-meetings-where, sql.event-learners): without
-- this index PostgreSQL reads the whole table once per active meeting (ChangeSearchBenchmark).
CREATE INDEX lms_booking_event ON lms_booking (event_id);
