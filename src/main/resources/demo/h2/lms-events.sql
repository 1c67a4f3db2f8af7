-- Demo events: two, in different time zones (their learners are in ../lms-bookings.sql). Created "now", after the
-- connector's switch-on, so the connector takes them on.
INSERT INTO lms_event (id, title, description, location, starts_at, ends_at, time_zone, status, created_at) VALUES
  ('EVT-1001', 'Forklift safety refresher', 'Bring safety shoes and your badge.', 'Warehouse B, training room',
   DATEADD('DAY', 7, CURRENT_TIMESTAMP), DATEADD('HOUR', 2, DATEADD('DAY', 7, CURRENT_TIMESTAMP)),
   'Europe/Berlin', 'SCHEDULED', CURRENT_TIMESTAMP),
  ('EVT-1002', 'First aid basics', 'A hands-on session with a certified trainer.', 'Kyiv office, room 4',
   DATEADD('DAY', 9, CURRENT_TIMESTAMP), DATEADD('HOUR', 3, DATEADD('DAY', 9, CURRENT_TIMESTAMP)),
   'Europe/Kyiv', 'SCHEDULED', CURRENT_TIMESTAMP);
