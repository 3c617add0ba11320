-- An evidence item is edited (its description, basis, source and cite) like the rows of V12, and carries the same
-- version, and who changed it last and when: an edit, undo or redo over a change someone else made since is refused.

ALTER TABLE evidence_item ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE evidence_item ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE evidence_item ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
