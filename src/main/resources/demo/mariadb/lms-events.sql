-- Demo events: two, in different time zones (their learners are in ../lms-bookings.sql). Created "now", after the
-- connector's switch-on, so the connector takes them on. Times are UTC wall time (DATETIME).
INSERT INTO lms_event (id, title, description, location, starts_at, ends_at, time_zone, status, created_at) VALUES
  ('EVT-1001', 'Forklift safety refresher', 'Bring safety shoes and your badge.', 'Warehouse B, training room',
   UTC_TIMESTAMP(6) + INTERVAL 7 DAY, UTC_TIMESTAMP(6) + INTERVAL 7 DAY + INTERVAL 2 HOUR,
   'Europe/Berlin', 'SCHEDULED', UTC_TIMESTAMP(6)),
  ('EVT-1002', 'First aid basics', 'A hands-on session with a certified trainer.', 'Kyiv office, room 4',
   UTC_TIMESTAMP(6) + INTERVAL 9 DAY, UTC_TIMESTAMP(6) + INTERVAL 9 DAY + INTERVAL 3 HOUR,
   'Europe/Kyiv', 'SCHEDULED', UTC_TIMESTAMP(6));
