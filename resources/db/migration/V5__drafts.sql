-- Unsaved edits kept when a window locks (idle or panic lock), offered back after the next unlock.
-- Inside the encrypted database like everything else; each draft carries a seal (see V4) so a
-- damaged one is reported instead of offered. A draft is not a change to a record: it has no
-- history entry until it is saved as one.
CREATE TABLE draft (
    id          UUID PRIMARY KEY,
    record_kind VARCHAR(20),
    record_id   UUID,
    record_ref  VARCHAR(30),
    label       VARCHAR(500) NOT NULL,
    payload     CHARACTER VARYING NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    seal        VARBINARY(32) NOT NULL,
    CONSTRAINT draft_record_uq UNIQUE (record_kind, record_id)
);
