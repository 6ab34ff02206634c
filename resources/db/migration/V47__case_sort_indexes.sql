-- The case list sorted by native name, campaign, outcome, risk, kind or status read and sorted every
-- matching case before showing its first page (seconds at a million cases). Each of these columns is
-- now indexed together with the reference that breaks ties, in the list's order, so that a page in
-- that order is read from the index. The indexes on the column alone are replaced, under the same
-- names: the wider index serves the filters they served.
DROP INDEX case_native_name_idx;
CREATE INDEX case_native_name_idx ON case_record (native_name NULLS LAST, ref_number);
DROP INDEX case_campaign_idx;
CREATE INDEX case_campaign_idx ON case_record (campaign, ref_number);
DROP INDEX case_outcome_idx;
CREATE INDEX case_outcome_idx ON case_record (outcome, ref_number);
DROP INDEX case_kind_idx;
CREATE INDEX case_kind_idx ON case_record (case_kind, ref_number);
DROP INDEX case_status_idx;
CREATE INDEX case_status_idx ON case_record (status, ref_number);
CREATE INDEX case_risk_idx ON case_record (risk_level, ref_number);
