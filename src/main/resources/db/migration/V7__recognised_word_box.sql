-- Where each word recognised from a page image stands on its page: its span of the document's parsed text (UTF-16
-- offsets, as uncertain_word has them), its page (from 1), its box in points from the page's top-left corner as the
-- page is shown (left_pt, top_pt, right_pt, bottom_pt) and how sure the recognition was of it (0-100).

CREATE TABLE recognised_word_box (
    document_id   BIGINT NOT NULL,
    page          INT    NOT NULL,
    start_offset  INT    NOT NULL,
    end_offset    INT    NOT NULL,
    left_pt       REAL   NOT NULL,
    top_pt        REAL   NOT NULL,
    right_pt      REAL   NOT NULL,
    bottom_pt     REAL   NOT NULL,
    confidence    REAL   NOT NULL,
    CONSTRAINT recognised_word_box_pk       PRIMARY KEY (document_id, start_offset),
    CONSTRAINT recognised_word_box_doc_fk   FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT recognised_word_box_page_ck  CHECK (page >= 1),
    CONSTRAINT recognised_word_box_range_ck CHECK (start_offset >= 0 AND end_offset > start_offset),
    CONSTRAINT recognised_word_box_box_ck   CHECK (left_pt >= 0 AND top_pt >= 0 AND right_pt >= left_pt AND bottom_pt >= top_pt),
    CONSTRAINT recognised_word_box_conf_ck  CHECK (confidence >= 0 AND confidence <= 100)
);
CREATE INDEX recognised_word_box_page_ix ON recognised_word_box (document_id, page);
