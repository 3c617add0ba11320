-- An evidence item is edited (its description, basis, source and cite) like the rows of V12, and carries the same
-- version, and who changed it last and when: an edit, undo or redo over a change someone else made since is refused.

ALTER TABLE evidence_item ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE evidence_item ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE evidence_item ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- A decision on a wording flag is replaced whole when it is decided again; who decided it is kept, so that an undo
-- refused over someone else's later decision can name them.
ALTER TABLE flag_decision ADD COLUMN decided_by VARCHAR(200);
