-- Dates say who is uncertain and whether they are a limit: "2020 (inferred)" is the curator's
-- reading of the source, "2016?" the source's own hedge; "by late 2021" and "since 1 January 2015"
-- bound an event rather than date it. A part of a year ("early 2017") is a precision of its own.

ALTER TABLE source ADD COLUMN published_inferred BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE source ADD COLUMN published_bound VARCHAR(10) DEFAULT 'EXACT' NOT NULL;
ALTER TABLE source DROP CONSTRAINT source_date_ck;
ALTER TABLE source ADD CONSTRAINT source_date_ck CHECK (
    (published_precision = 'UNKNOWN' AND published_start IS NULL AND published_end IS NULL)
    OR (published_precision IN ('DAY','MONTH','SEASON','PART_OF_YEAR','YEAR','SPAN') AND published_start IS NOT NULL
        AND published_end >= published_start));
ALTER TABLE source ADD CONSTRAINT source_bound_ck CHECK (published_bound IN ('EXACT','BY','SINCE'));

ALTER TABLE incident ADD COLUMN date_inferred BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident ADD COLUMN date_bound VARCHAR(10) DEFAULT 'EXACT' NOT NULL;
ALTER TABLE incident DROP CONSTRAINT incident_date_ck;
ALTER TABLE incident ADD CONSTRAINT incident_date_ck CHECK (
    (date_precision = 'UNKNOWN' AND date_start IS NULL AND date_end IS NULL)
    OR (date_precision IN ('DAY','MONTH','SEASON','PART_OF_YEAR','YEAR','SPAN') AND date_start IS NOT NULL
        AND date_end >= date_start));
ALTER TABLE incident ADD CONSTRAINT incident_bound_ck CHECK (date_bound IN ('EXACT','BY','SINCE'));

ALTER TABLE agreement_status ADD COLUMN date_inferred BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agreement_status ADD COLUMN date_bound VARCHAR(10) DEFAULT 'EXACT' NOT NULL;
ALTER TABLE agreement_status DROP CONSTRAINT status_date_ck;
ALTER TABLE agreement_status ADD CONSTRAINT status_date_ck CHECK (
    (date_precision = 'UNKNOWN' AND date_start IS NULL AND date_end IS NULL)
    OR (date_precision IN ('DAY','MONTH','SEASON','PART_OF_YEAR','YEAR','SPAN') AND date_start IS NOT NULL
        AND date_end >= date_start));
ALTER TABLE agreement_status ADD CONSTRAINT status_bound_ck CHECK (date_bound IN ('EXACT','BY','SINCE'));

ALTER TABLE data_point ADD COLUMN period_inferred BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE data_point ADD COLUMN period_bound VARCHAR(10) DEFAULT 'EXACT' NOT NULL;
ALTER TABLE data_point ADD CONSTRAINT point_bound_ck CHECK (period_bound IN ('EXACT','BY','SINCE'));
