-- usage_day is the largest table and written the most: its primary key (account, date, team) serves the
-- reads scoring does; a second index on the date only slowed writes.
ALTER TABLE usage_day DROP INDEX ix_usage_day_date;
