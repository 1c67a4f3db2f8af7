-- The demo's learners on the demo events: the same on every database.
INSERT INTO lms_booking (id, event_id, learner_email, learner_name, status) VALUES
  (1, 'EVT-1001', 'ada@example.com',   'Ada Lovelace',    'BOOKED'),
  (2, 'EVT-1001', 'brian@example.com', 'Brian Kernighan', 'BOOKED'),
  (3, 'EVT-1001', 'chen@example.com',  'Chen Wei',        'BOOKED'),
  (4, 'EVT-1002', 'dana@example.com',  'Dana Scully',     'BOOKED'),
  (5, 'EVT-1002', 'emil@example.com',  'Emil Zola',       'BOOKED'),
  (6, 'EVT-1002', 'ada@example.com',   'Ada Lovelace',    'BOOKED');
