-- What the connector last sent to Exchange for each meeting, so that a change in the LMS is found by comparing the
-- LMS with this record (no column is added to the LMS): the meeting's fields, and its attendees.
-- sent_recorded = 0: a meeting created before this record was kept; the connector records it from the LMS as it
-- is when first seen (nothing is sent for it), and from then on compares. A description is kept up to 4000
-- characters, and compared so far.
ALTER TABLE ${prefix}meeting ADD COLUMN sent_recorded SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}meeting ADD COLUMN sent_subject VARCHAR(255);
ALTER TABLE ${prefix}meeting ADD COLUMN sent_body VARCHAR(4000);
ALTER TABLE ${prefix}meeting ADD COLUMN sent_location VARCHAR(255);
ALTER TABLE ${prefix}meeting ADD COLUMN sent_start ${timestamp_type};
ALTER TABLE ${prefix}meeting ADD COLUMN sent_end ${timestamp_type};
ALTER TABLE ${prefix}meeting ADD COLUMN sent_time_zone VARCHAR(64);
-- A change to a created meeting is claimed as its creation was, under a number of its own (change_number): written
-- before Exchange is called, renewed before each call, and recorded only while it stands; a claim older than
-- connector.events.stale-claim-after-s is from a crashed run and is taken again. A change that failed waits
-- connector.events.retry-after-s after change_failed_at, and names its reason in change_error.
ALTER TABLE ${prefix}meeting ADD COLUMN change_number INT DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}meeting ADD COLUMN change_claimed_at ${timestamp_type};
ALTER TABLE ${prefix}meeting ADD COLUMN change_failed_at ${timestamp_type};
ALTER TABLE ${prefix}meeting ADD COLUMN change_error VARCHAR(2000);

-- The attendees the connector put on each meeting (the address as sent: trimmed, lower case).
CREATE TABLE ${prefix}attendee (
    event_id   VARCHAR(64)   NOT NULL,
    email      VARCHAR(320)  NOT NULL,
    name       VARCHAR(200),
    PRIMARY KEY (event_id, email)
);
