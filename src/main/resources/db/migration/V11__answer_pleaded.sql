-- An Answer's responses as it pleads them, before they are laid against a complaint: so that an Answer can be read
-- again against a complaint imported after it, and so that its responses to the headings, the prayer and unnumbered
-- text (which answer no numbered paragraph) are kept.

CREATE TABLE answer_pleaded (
    answer_id      BIGINT        NOT NULL,
    ordinal        INT           NOT NULL,
    scope          VARCHAR(16)   NOT NULL,
    paragraphs     VARCHAR(4000),
    status         VARCHAR(24)   NOT NULL,
    start_offset   INT           NOT NULL,
    end_offset     INT           NOT NULL,
    first_page     INT,
    first_line     INT,
    last_page      INT,
    last_line      INT,
    admitted       CLOB,
    form           VARCHAR(60),
    CONSTRAINT answer_pleaded_pk        PRIMARY KEY (answer_id, ordinal),
    CONSTRAINT answer_pleaded_answer_fk FOREIGN KEY (answer_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT answer_pleaded_scope_ck  CHECK (scope IN ('PARAGRAPHS', 'ALL', 'REMAINING', 'HEADINGS', 'PRAYER', 'UNNUMBERED')),
    CONSTRAINT answer_pleaded_para_ck   CHECK ((scope = 'PARAGRAPHS') = (paragraphs IS NOT NULL AND LENGTH(TRIM(paragraphs)) > 0)),
    CONSTRAINT answer_pleaded_status_ck CHECK (status IN ('ADMITTED', 'ADMITTED_IN_PART', 'DENIED', 'WITHOUT_KNOWLEDGE',
                                                          'NO_RESPONSE_REQUIRED')),
    CONSTRAINT answer_pleaded_span_ck   CHECK (start_offset >= 0 AND end_offset > start_offset)
);
