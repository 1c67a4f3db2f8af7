-- Demo data: two events in different time zones, five learners. Created "now", i.e. after the
-- connector's switch-on, so the connector takes them on.
INSERT INTO lms_event (id, title, description, location, starts_at, ends_at, time_zone, status, created_at) VALUES
  ('EVT-1001', 'Forklift safety refresher', 'Bring safety shoes and your badge.', 'Warehouse B, training room',
   CURRENT_TIMESTAMP + INTERVAL '7 days', CURRENT_TIMESTAMP + INTERVAL '7 days 2 hours',
   'Europe/Berlin', 'SCHEDULED', CURRENT_TIMESTAMP),
  ('EVT-1002', 'First aid basics', 'A hands-on session with a certified trainer.', 'Kyiv office, room 4',
   CURRENT_TIMESTAMP + INTERVAL '9 days', CURRENT_TIMESTAMP + INTERVAL '9 days 3 hours',
   'Europe/Kyiv', 'SCHEDULED', CURRENT_TIMESTAMP);

INSERT INTO lms_booking (id, event_id, learner_email, learner_name, status) VALUES
  (1, 'EVT-1001', 'ada@example.com',   'Ada Lovelace',    'BOOKED'),
  (2, 'EVT-1001', 'brian@example.com', 'Brian Kernighan', 'BOOKED'),
  (3, 'EVT-1001', 'chen@example.com',  'Chen Wei',        'BOOKED'),
  (4, 'EVT-1002', 'dana@example.com',  'Dana Scully',     'BOOKED'),
  (5, 'EVT-1002', 'emil@example.com',  'Emil Zola',       'BOOKED'),
  (6, 'EVT-1002', 'ada@example.com',   'Ada Lovelace',    'BOOKED');
