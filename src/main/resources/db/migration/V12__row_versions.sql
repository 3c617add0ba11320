-- Every row a user edits carries a version, and who changed it last and when. An edit is written only over the
-- version its editor read; one made over a row someone else changed since is refused, naming who and when.

ALTER TABLE legal_case ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE legal_case ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE legal_case ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE document ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE document ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE document ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE outline_node ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE outline_node ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE outline_node ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE passage ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE passage ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE passage ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE checklist_entry ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE checklist_entry ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE checklist_entry ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
