-- The scripted demo change (lms.demo-changes): the demo LMS moves EVT-1001 an hour later.
UPDATE lms_event SET starts_at = DATEADD('HOUR', 1, starts_at), ends_at = DATEADD('HOUR', 1, ends_at)
  WHERE id = 'EVT-1001';
