-- A citation is graded as investigators grade intelligence (the Admiralty code: the source's
-- reliability A-F, the information's credibility 1-6, written "B2"), and may report a denial or a
-- counter-claim by someone (the claimant) instead of supporting the record.

ALTER TABLE citation ADD COLUMN grade VARCHAR(2);
ALTER TABLE citation ADD COLUMN stance VARCHAR(20) DEFAULT 'SUPPORTS' NOT NULL;
ALTER TABLE citation ADD COLUMN claimant VARCHAR(500);
ALTER TABLE citation ADD CONSTRAINT citation_grade_ck CHECK (grade IS NULL OR REGEXP_LIKE(grade, '^[A-F][1-6]$'));
ALTER TABLE citation ADD CONSTRAINT citation_stance_ck CHECK (stance IN ('SUPPORTS','DENIES','CLAIMS_OTHERWISE'));
CREATE INDEX citation_grade_idx ON citation (grade);
