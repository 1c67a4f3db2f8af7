-- Demo events: two, in different time zones (their learners are in ../lms-bookings.sql). Created "now", after the
-- connector's switch-on, so the connector takes them on.
INSERT INTO lms_event (id, title, description, location, starts_at, ends_at, time_zone, status, created_at) VALUES
  ('EVT-1001', 'Forklift safety refresher', 'Bring safety shoes and your badge.', 'Warehouse B, training room',
   CURRENT_TIMESTAMP + INTERVAL '7 days', CURRENT_TIMESTAMP + INTERVAL '7 days 2 hours',
   'Europe/Berlin', 'SCHEDULED', CURRENT_TIMESTAMP),
  ('EVT-1002', 'First aid basics', 'A hands-on session with a certified trainer.', 'Kyiv office, room 4',
   CURRENT_TIMESTAMP + INTERVAL '9 days', CURRENT_TIMESTAMP + INTERVAL '9 days 3 hours',
   'Europe/Kyiv', 'SCHEDULED', CURRENT_TIMESTAMP);
