-- The review queue lists waiting submissions oldest first, 200 at a time. At state scale (2,000,000
-- submissions, some 300,000 of them waiting) this index lets PostgreSQL read them in queue order and
-- stop at the page size instead of collecting and sorting every waiting submission of the reviewer's
-- micro-credentials.
create index submission_waiting_queue on submission (submitted_at, id) where status in ('SUBMITTED', 'IN_REVIEW');
