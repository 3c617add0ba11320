-- A footnote printed at the foot of a page becomes a segment of its own, beside the paragraph it belongs to.
ALTER TABLE segment DROP CONSTRAINT segment_kind_ck;
ALTER TABLE segment ADD CONSTRAINT segment_kind_ck
    CHECK (kind IN ('CAPTION', 'HEADING', 'NUMBERED_PARAGRAPH', 'COUNT_HEADING', 'PRAYER', 'JURY_DEMAND', 'SIGNATURE', 'FOOTNOTE', 'OTHER'));
