-- Every step of an agreement's history can say who claims it and where (two sources dating the same
-- step differently are two steps); a breached arrangement and one signed but never put into effect
-- are statuses of their own.

ALTER TABLE agreement_status ADD COLUMN claimed_by VARCHAR(500);
ALTER TABLE agreement_status ADD COLUMN source_id UUID;
ALTER TABLE agreement_status ADD COLUMN locator VARCHAR(500);
ALTER TABLE agreement_status ADD CONSTRAINT status_source_fk FOREIGN KEY (source_id) REFERENCES source (id);
ALTER TABLE agreement_status DROP CONSTRAINT status_value_ck;
ALTER TABLE agreement_status ADD CONSTRAINT status_value_ck CHECK (status IN ('PROPOSED','NEGOTIATING','SIGNED',
    'IN_FORCE','SUSPENDED','ABANDONED','EXPIRED','NOT_RATIFIED','BREACHED','SIGNED_NOT_IMPLEMENTED'));
