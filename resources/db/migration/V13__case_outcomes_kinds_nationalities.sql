-- What became of a case is a history, each step dated and attributed like an agreement's status
-- (released, returned and later left again are outcomes of their own); the case keeps the last
-- step's outcome in its own column for the case list. A case record is an individual, a group or a
-- context record; and it lists the passports held.

ALTER TABLE case_record DROP CONSTRAINT case_outcome_ck;
ALTER TABLE case_record ADD CONSTRAINT case_outcome_ck CHECK (outcome IN ('RETURNED_UNDER_PRESSURE',
    'RETURNED_BY_FORCE','REMOVED_BY_HOST_STATE','NOT_RETURNED','DETAINED_ABROAD','ONGOING','RELEASED',
    'RETURNED_THEN_LEFT','UNKNOWN'));

ALTER TABLE case_record ADD COLUMN case_kind VARCHAR(12) DEFAULT 'INDIVIDUAL' NOT NULL;
UPDATE case_record SET case_kind = 'CONTEXT' WHERE contextual;
ALTER TABLE case_record DROP COLUMN contextual;
ALTER TABLE case_record ADD CONSTRAINT case_kind_ck CHECK (case_kind IN ('INDIVIDUAL','GROUP','CONTEXT'));
CREATE INDEX case_kind_idx ON case_record (case_kind);

CREATE TABLE case_nationality (
    case_id     UUID NOT NULL,
    position    INT NOT NULL,
    nationality VARCHAR(200) NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT nationality_case_fk FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE
);

CREATE TABLE case_outcome (
    case_id        UUID NOT NULL,
    position       INT NOT NULL,
    outcome        VARCHAR(30) NOT NULL,
    date_precision VARCHAR(12) NOT NULL,
    date_start     DATE,
    date_end       DATE,
    date_approx    BOOLEAN NOT NULL,
    date_inferred  BOOLEAN DEFAULT FALSE NOT NULL,
    date_bound     VARCHAR(10) DEFAULT 'EXACT' NOT NULL,
    note           VARCHAR(100000),
    claimed_by     VARCHAR(500),
    source_id      UUID,
    locator        VARCHAR(500),
    PRIMARY KEY (case_id, position),
    CONSTRAINT outcome_case_fk FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    CONSTRAINT outcome_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT outcome_value_ck CHECK (outcome IN ('RETURNED_UNDER_PRESSURE','RETURNED_BY_FORCE',
        'REMOVED_BY_HOST_STATE','NOT_RETURNED','DETAINED_ABROAD','ONGOING','RELEASED','RETURNED_THEN_LEFT','UNKNOWN')),
    CONSTRAINT outcome_date_ck CHECK ((date_precision = 'UNKNOWN' AND date_start IS NULL AND date_end IS NULL)
        OR (date_precision IN ('DAY','MONTH','SEASON','PART_OF_YEAR','YEAR','SPAN') AND date_start IS NOT NULL
            AND date_end >= date_start)),
    CONSTRAINT outcome_bound_ck CHECK (date_bound IN ('EXACT','BY','SINCE'))
);

-- a case's outcome so far becomes the first step of its history, undated and unattributed
INSERT INTO case_outcome (case_id, position, outcome, date_precision, date_approx)
    SELECT id, 0, outcome, 'UNKNOWN', FALSE FROM case_record WHERE outcome <> 'UNKNOWN';
