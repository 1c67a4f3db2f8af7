-- A meeting recorded by a try that was not the event's first is looked up once more, at check_after: Exchange may
-- still finish the create of an earlier try whose answer never came, and that second meeting is then cancelled.
-- NULL: no look due.
ALTER TABLE ${prefix}meeting ADD COLUMN check_after ${timestamp_type};
CREATE INDEX ${prefix}meeting_check_after ON ${prefix}meeting (check_after);
