-- When the facts behind an account's current assessment were read (the database's clock, UTC). Of two assessments
-- of the same day, the one read from later facts stays current: a whole-book run that read an account before its
-- facts changed no longer overwrites the assessment the account got right after the change. NULL: read before V65.
ALTER TABLE account_health ADD COLUMN facts_read_at DATETIME(6) NULL AFTER as_of;
