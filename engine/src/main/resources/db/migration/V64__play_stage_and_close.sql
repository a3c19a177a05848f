-- Where a running play stands (the API's "stage": CHECK_IN, RECOVERY_PLAN, WATCHING_FOR_RECOVERY for a save play;
-- NULL for kinds that do not name their steps), and who closed a play by hand, with their note.
ALTER TABLE play
    ADD COLUMN stage    VARCHAR(40),
    ADD COLUMN ended_by VARCHAR(100),
    ADD COLUMN end_note VARCHAR(2000);

-- Before this version a running save play always waited in its one task: the check-in (yellow) or the recovery plan.
UPDATE play SET stage = CASE WHEN start_tier = 'RED' THEN 'RECOVERY_PLAN' ELSE 'CHECK_IN' END
 WHERE kind = 'save' AND status = 'ACTIVE';
