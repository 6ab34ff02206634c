-- The case list sorted by name, residence or accusation compared lower-cased text computed row by row,
-- so even the first page of a sorted list had to read and sort every matching case. The database keeps
-- the lower-cased text itself, indexed with the reference that breaks ties, so that a page in that order
-- can be read from the index.
ALTER TABLE case_record ADD COLUMN name_key VARCHAR(500) GENERATED ALWAYS AS (LOWER(name));
ALTER TABLE case_record ADD COLUMN residence_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(residence_country));
ALTER TABLE case_record ADD COLUMN accusation_key VARCHAR(4000) GENERATED ALWAYS AS (LOWER(accusation));
CREATE INDEX case_name_key_idx ON case_record (name_key, ref_number);
CREATE INDEX case_residence_key_idx ON case_record (residence_key NULLS LAST, ref_number);
CREATE INDEX case_accusation_key_idx ON case_record (accusation_key NULLS LAST, ref_number);
