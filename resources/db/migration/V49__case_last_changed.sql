-- When a case or anything in its timeline last changed, kept in a column of its own so that the case
-- list can be sorted by it from an index. It was computed for every case from the case and its
-- incidents, so that sorting by it read the whole table: 60 s at a million cases. From now on every
-- save of a case, and every addition, change, move or deletion of one of its incidents, sets it.
-- Each statement can run again: H2 commits a change of the table's columns at once, so a program
-- stopped in the middle of this (half an hour at a million cases) leaves the column added but the
-- step not recorded, and the next opening runs it all again.
ALTER TABLE case_record ADD COLUMN IF NOT EXISTS last_changed TIMESTAMP WITH TIME ZONE;
UPDATE case_record SET last_changed = GREATEST(updated_at, COALESCE((SELECT MAX(i.updated_at) FROM incident i
    WHERE i.case_id = case_record.id), updated_at));
ALTER TABLE case_record ALTER COLUMN last_changed SET NOT NULL;
CREATE INDEX IF NOT EXISTS case_last_changed_idx ON case_record (last_changed, ref_number);
