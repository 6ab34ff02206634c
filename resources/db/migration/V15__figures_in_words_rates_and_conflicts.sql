-- A published statistic is not always a number: "thousands every year" is a size without a figure,
-- "decreased over the past two years" a trend. Both are kept with the source's words and never
-- drawn. "300–800 a year, 2008–2014" is a rate that held each year of a span (period kind RATE),
-- not a total. Figures can be part of another (332 of 6,597) or conflict with it (2,472 + 2,894
-- against 6,597): two new link relations.

ALTER TABLE data_point ALTER COLUMN point_value SET NULL;
ALTER TABLE data_point ADD COLUMN point_kind VARCHAR(12) DEFAULT 'FIGURE' NOT NULL;
ALTER TABLE data_point ADD COLUMN statement VARCHAR(2000);
ALTER TABLE data_point ADD COLUMN trend VARCHAR(10);

ALTER TABLE data_point DROP CONSTRAINT point_kind_ck;
ALTER TABLE data_point ADD CONSTRAINT point_kind_ck CHECK (period_kind IN ('YEAR','SPAN','RATE','AS_OF'));
ALTER TABLE data_point ADD CONSTRAINT point_what_ck CHECK (
    (point_kind = 'FIGURE' AND point_value IS NOT NULL AND trend IS NULL)
    OR (point_kind = 'VAGUE_SIZE' AND point_value IS NULL AND point_high IS NULL AND trend IS NULL
        AND statement IS NOT NULL)
    OR (point_kind = 'TREND' AND point_value IS NULL AND point_high IS NULL AND statement IS NOT NULL
        AND trend IN ('RISING','FALLING','STEADY')));

ALTER TABLE link DROP CONSTRAINT link_relation_ck;
ALTER TABLE link ADD CONSTRAINT link_relation_ck CHECK (relation IN ('RELATED_TO','PURSUED_UNDER','USED_TO_PERSUADE',
    'RELATIVE_OF','SAME_OPERATION','CO_DEFENDANT_OF','TARGETED_BY','INVOLVES','PARTY_TO','MEASURES','CONTEXT_FOR',
    'SUPERSEDES','RESPONSE_TO','PART_OF','CONFLICTS_WITH'));

-- "early 2017" is stored as PART_OF_YEAR, longer than the ten characters the first release allowed
-- for a date's precision.
ALTER TABLE source ALTER COLUMN published_precision SET DATA TYPE VARCHAR(12);
ALTER TABLE incident ALTER COLUMN date_precision SET DATA TYPE VARCHAR(12);
ALTER TABLE agreement_status ALTER COLUMN date_precision SET DATA TYPE VARCHAR(12);
ALTER TABLE data_point ALTER COLUMN period_precision SET DATA TYPE VARCHAR(12);
-- and SIGNED_NOT_IMPLEMENTED is longer than the twenty characters a status had
ALTER TABLE agreement_status ALTER COLUMN status SET DATA TYPE VARCHAR(30);
