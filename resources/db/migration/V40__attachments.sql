-- Evidence files attached to a case, an incident, an actor or a source, kept inside the encrypted
-- database (never as loose files). The bytes are written once and never changed: an edited or
-- redacted copy is a new row whose derived_from names its original. sha256 is of the exact bytes
-- stored, computed as they were read in. record_id has no foreign key on purpose: deleting a record
-- keeps its evidence, and undoing the delete (the same id comes back) finds it attached again.
CREATE TABLE attachment (
    id           UUID PRIMARY KEY,
    ref_number   INT NOT NULL,
    record_kind  VARCHAR(20) NOT NULL,
    record_id    UUID NOT NULL,
    file_name    VARCHAR(1000) NOT NULL,
    media_type   VARCHAR(255) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       CHAR(64) NOT NULL,
    added_by     VARCHAR(200),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(100000),
    derived_from UUID,
    content      BLOB NOT NULL,
    CONSTRAINT attachment_ref_uq UNIQUE (ref_number),
    CONSTRAINT attachment_kind_ck CHECK (record_kind IN ('CASE','INCIDENT','ACTOR','SOURCE')),
    CONSTRAINT attachment_name_nn_ck CHECK (TRIM(file_name) <> ''),
    CONSTRAINT attachment_size_ck CHECK (size_bytes >= 0),
    CONSTRAINT attachment_sha_ck CHECK (REGEXP_LIKE(sha256, '^([0-9a-f]{64}|-{64})$')),
    CONSTRAINT attachment_derived_fk FOREIGN KEY (derived_from) REFERENCES attachment (id)
);
CREATE INDEX attachment_record_idx ON attachment (record_id, ref_number);
