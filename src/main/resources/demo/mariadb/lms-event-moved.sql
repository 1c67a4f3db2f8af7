-- The scripted demo change (lms.demo-changes): the demo LMS moves EVT-1001 an hour later.
UPDATE lms_event SET starts_at = starts_at + INTERVAL 1 HOUR, ends_at = ends_at + INTERVAL 1 HOUR
  WHERE id = 'EVT-1001';
