-- Each second look at a meeting is claimed with a number of its own (as each try at creating it is, in attempts):
-- the look renews its lease (check_after) and clears it only while the row still carries its number, so a look that
-- outlasted its lease and was taken over by another changes nothing.
ALTER TABLE ${prefix}meeting ADD COLUMN check_number INT DEFAULT 0 NOT NULL;
