-- The scripted demo change (lms.demo-changes), with the event moved (<database>/lms-event-moved.sql): one more
-- learner booked onto EVT-1002, and Dana's booking there cancelled by the LMS. The same on every database.
INSERT INTO lms_booking (id, event_id, learner_email, learner_name, status) VALUES
  (7, 'EVT-1002', 'frida@example.com', 'Frida Kahlo', 'BOOKED');
UPDATE lms_booking SET status = 'CANCELLED' WHERE id = 4;
