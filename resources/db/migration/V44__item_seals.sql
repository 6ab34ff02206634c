-- Evidence files' descriptions and follow-ups get seals and history entries, as records have: a
-- changed byte in their rows is detected when read and by verify. The seals and first entries of the
-- rows already stored are written by the Java migration that follows (V45), which holds the seal key.
-- An evidence file deleted in the window stays, marked deleted_at, until the delete can no longer be
-- undone; then its row and bytes are removed for good (at the latest when the database next opens).
ALTER TABLE attachment ADD COLUMN seal VARBINARY(32);
ALTER TABLE attachment ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE follow_up ADD COLUMN seal VARBINARY(32);
