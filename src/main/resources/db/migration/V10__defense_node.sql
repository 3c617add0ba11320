-- An affirmative defense can be charted in the outline like a count: a node of kind DEFENSE at the top level.

ALTER TABLE outline_node DROP CONSTRAINT outline_node_kind_ck;
ALTER TABLE outline_node ADD CONSTRAINT outline_node_kind_ck CHECK (kind IN ('COUNT', 'ELEMENT', 'ALLEGATION', 'DEFENSE'));
