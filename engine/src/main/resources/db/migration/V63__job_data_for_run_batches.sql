-- A whole-book scoring run queues one orchestration job per stored chunk, carrying the notices of up to 1000
-- assessments (a few hundred kB of JSON): more than a BLOB's 64 kB.
ALTER TABLE scheduled_tasks MODIFY task_data MEDIUMBLOB;
