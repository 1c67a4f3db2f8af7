-- The connector's own tables. It never alters the LMS's tables; these live beside them under a
-- configurable prefix (connector.table-prefix, default "connector_").
-- ${timestamp_type} holds an instant: TIMESTAMP WITH TIME ZONE (H2, PostgreSQL), or DATETIME(6) on
-- MariaDB, whose connections the connector keeps in UTC (see LmsDatabase).

-- One row per LMS event the connector has taken on: written (CLAIMED) before the meeting is created,
-- so that no restart or second instance ever sends a second set of invitations.
CREATE TABLE ${prefix}meeting (
    event_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    state        VARCHAR(16)   NOT NULL,        -- CLAIMED, CREATED or FAILED
    item_id      VARCHAR(512),
    change_key   VARCHAR(512),
    uid          VARCHAR(512),
    last_error   VARCHAR(2000),                 -- why the event failed, naming the field
    attempts     INT           NOT NULL,
    claimed_at   ${timestamp_type} NOT NULL,
    updated_at   ${timestamp_type} NOT NULL
);
CREATE INDEX ${prefix}meeting_uid ON ${prefix}meeting (uid);

-- The latest answer applied per learner and event: a response sent earlier than it is stale.
CREATE TABLE ${prefix}reply (
    event_id       VARCHAR(64)   NOT NULL,
    learner_email  VARCHAR(320)  NOT NULL,
    answer         VARCHAR(16)   NOT NULL,      -- ACCEPT, TENTATIVE or DECLINE
    sent_at        ${timestamp_type} NOT NULL,
    item_id        VARCHAR(512)  NOT NULL,
    applied_at     ${timestamp_type} NOT NULL,
    PRIMARY KEY (event_id, learner_email)
);

-- Settings the connector records itself, e.g. the switch-on time.
CREATE TABLE ${prefix}setting (
    setting_name   VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(255)  NOT NULL
);
