-- Pairs of records a user marked "not the same person": never proposed as likely duplicates again.
-- A pair is stored once, its two identifiers in the order of their text form.
CREATE TABLE distinct_pair (
    record_kind VARCHAR(20) NOT NULL,
    first_id    UUID NOT NULL,
    second_id   UUID NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CONSTRAINT distinct_pair_kind_ck CHECK (record_kind IN ('CASE','ACTOR')),
    CONSTRAINT distinct_pair_two_ck CHECK (first_id <> second_id)
);

-- Records merged into another. The removed record's reference (and identifier) still lead to the
-- kept one: `show`, import and search follow them. undo_data holds, as JSON, what the merge changed
-- (the kept record before, the removed record, every row moved from one to the other), so that the
-- merge can be undone while the kept record is still at kept_version.
CREATE TABLE merged_record (
    old_id         UUID PRIMARY KEY,
    record_kind    VARCHAR(20) NOT NULL,
    old_ref_number INT NOT NULL,
    kept_id        UUID NOT NULL,
    kept_version   BIGINT NOT NULL,
    merged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    undo_data      CLOB NOT NULL,
    CONSTRAINT merged_ref_uq UNIQUE (record_kind, old_ref_number),
    CONSTRAINT merged_kind_ck CHECK (record_kind IN ('CASE','ACTOR')),
    CONSTRAINT merged_two_ck CHECK (old_id <> kept_id)
);
CREATE INDEX merged_kept_idx ON merged_record (kept_id);
