-- The short name a cite gives a document ("FAC", "Ex. A"), as the user set it; null: the one worked out from its
-- kind and title.

ALTER TABLE document ADD COLUMN short_name VARCHAR(40);
ALTER TABLE document ADD CONSTRAINT document_short_name_ck CHECK (short_name IS NULL OR TRIM(short_name) <> '');
