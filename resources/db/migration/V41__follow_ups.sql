-- Follow-ups: a dated task on a case with a note, done or not. case_id has no foreign key on
-- purpose, as for attachments: deleting a case keeps them, and undoing the delete finds them again;
-- lists join on the case, so the follow-ups of a deleted case do not show.
CREATE TABLE follow_up (
    id         UUID PRIMARY KEY,
    ref_number INT NOT NULL,
    version    BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    case_id    UUID NOT NULL,
    due_date   DATE NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    done_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT follow_up_ref_uq UNIQUE (ref_number),
    CONSTRAINT follow_up_note_nn_ck CHECK (TRIM(note) <> '')
);
CREATE INDEX follow_up_case_idx ON follow_up (case_id, due_date);
CREATE INDEX follow_up_due_idx ON follow_up (done_at, due_date);
