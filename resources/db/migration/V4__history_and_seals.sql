-- History and integrity.
-- Every change to a record is recorded in history, in the same transaction: when, by which
-- caseworker, what happened, and the record's fields before and after as canonical JSON. Each
-- entry's hash is an HMAC over the previous entry's hash and its own content, so entries cannot be
-- changed, removed or reordered unnoticed; the last entry is also recorded in the key file.
-- Each record, tactic and saved chart carries a seal (an HMAC of its content) checked when it is
-- read. The HMAC key, the database identifier and the caseworker name live in rw_meta; the seals
-- and the first entries of a database made before this version are written by the program when it
-- first opens it (they need the key).

CREATE TABLE history (
    seq           BIGINT PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    caseworker    VARCHAR(200) NOT NULL,
    action        VARCHAR(10) NOT NULL,
    origin        VARCHAR(10) NOT NULL,
    record_kind   VARCHAR(20),
    record_id     UUID,
    record_ref    VARCHAR(30),
    before_fields CHARACTER VARYING,
    after_fields  CHARACTER VARYING,
    note          VARCHAR(2000),
    entry_hash    VARBINARY(32) NOT NULL,
    CONSTRAINT history_action_ck CHECK (action IN ('INSERT','UPDATE','DELETE','BASELINE','RESTORE')),
    CONSTRAINT history_origin_ck CHECK (origin IN ('EDIT','IMPORT','MERGE','REVERT','UPGRADE','RESTORE'))
);
CREATE INDEX history_record_idx ON history (record_id, seq);

ALTER TABLE source ADD COLUMN seal VARBINARY(32);
ALTER TABLE actor ADD COLUMN seal VARBINARY(32);
ALTER TABLE case_record ADD COLUMN seal VARBINARY(32);
ALTER TABLE incident ADD COLUMN seal VARBINARY(32);
ALTER TABLE agreement ADD COLUMN seal VARBINARY(32);
ALTER TABLE series ADD COLUMN seal VARBINARY(32);
ALTER TABLE data_point ADD COLUMN seal VARBINARY(32);
ALTER TABLE citation ADD COLUMN seal VARBINARY(32);
ALTER TABLE link ADD COLUMN seal VARBINARY(32);
ALTER TABLE tactic ADD COLUMN seal VARBINARY(32);
ALTER TABLE saved_chart ADD COLUMN seal VARBINARY(32);

-- Partial files (exports, backups) being written, so that the next opening removes any a kill left.
CREATE TABLE pending_output (
    path       VARCHAR(4000) PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
