-- Casework on a case: its status (open, monitoring, closed — a closed case says why), the day it
-- came in, and the caseworker who holds it; and the team's list of caseworkers to choose from.
ALTER TABLE case_record ADD COLUMN status VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE case_record ADD COLUMN close_reason VARCHAR(4000);
ALTER TABLE case_record ADD COLUMN opened_on DATE;
ALTER TABLE case_record ADD COLUMN holder VARCHAR(200);
ALTER TABLE case_record ADD CONSTRAINT case_status_ck CHECK (status IN ('OPEN','MONITORING','CLOSED'));
ALTER TABLE case_record ADD CONSTRAINT case_close_reason_ck CHECK (
    (status = 'CLOSED' AND close_reason IS NOT NULL AND TRIM(close_reason) <> '')
    OR (status <> 'CLOSED' AND close_reason IS NULL));
CREATE INDEX case_status_idx ON case_record (status);

-- A case recorded before this version came in when its history first shows it added; a case whose
-- history begins with the upgrade baseline (recorded before there was history) has no known date,
-- and the form says so. The seals and history entries of the cases are brought to the new fields by
-- the Java migration that follows (V43), which holds the seal key.
UPDATE case_record c SET opened_on = (
    SELECT CAST(MIN(h.at) AS DATE) FROM history h WHERE h.record_id = c.id AND h.action = 'INSERT');

CREATE TABLE team_caseworker (
    name     VARCHAR(200) PRIMARY KEY,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT team_caseworker_name_ck CHECK (TRIM(name) <> '')
);
-- The team starts as whoever has made changes so far and the name set for this database.
INSERT INTO team_caseworker (name, added_at)
    SELECT DISTINCT TRIM(caseworker), CURRENT_TIMESTAMP FROM history WHERE TRIM(caseworker) <> '';
MERGE INTO team_caseworker (name, added_at)
    KEY (name) SELECT TRIM(meta_value), CURRENT_TIMESTAMP FROM rw_meta WHERE meta_key = 'caseworker'
    AND TRIM(meta_value) <> '';
