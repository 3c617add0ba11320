-- A defendant's Answer read against the complaint it answers: one response per numbered paragraph of that
-- complaint (its status and the Answer's words for it), and the affirmative defenses the Answer pleads.

-- the complaint an Answer answers, in the same case (a pair, like the document an amendment supersedes, so that
-- deleting the complaint clears both and leaves the Answer)
ALTER TABLE document ADD COLUMN answers_case_id BIGINT;
ALTER TABLE document ADD COLUMN answers_id BIGINT;
ALTER TABLE document ADD CONSTRAINT document_answers_fk FOREIGN KEY (answers_case_id, answers_id) REFERENCES document (case_id, id) ON DELETE SET NULL;
ALTER TABLE document ADD CONSTRAINT document_answers_same_case_ck CHECK (answers_case_id IS NULL OR answers_case_id = case_id);
ALTER TABLE document ADD CONSTRAINT document_answers_pair_ck CHECK ((answers_case_id IS NULL) = (answers_id IS NULL));
ALTER TABLE document ADD CONSTRAINT document_answers_self_ck CHECK (answers_id IS NULL OR answers_id <> id);

CREATE TABLE answer_response (
    answer_id      BIGINT        NOT NULL,
    complaint_id   BIGINT        NOT NULL,
    ordinal        INT           NOT NULL,
    paragraph      VARCHAR(20)   NOT NULL,
    status         VARCHAR(24)   NOT NULL,
    start_offset   INT           NOT NULL,
    end_offset     INT           NOT NULL,
    first_page     INT,
    first_line     INT,
    last_page      INT,
    last_line      INT,
    admitted       CLOB,
    form           VARCHAR(60),
    CONSTRAINT answer_response_pk          PRIMARY KEY (answer_id, ordinal),
    CONSTRAINT answer_response_answer_fk   FOREIGN KEY (answer_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT answer_response_complaint_fk FOREIGN KEY (complaint_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT answer_response_status_ck   CHECK (status IN ('ADMITTED', 'ADMITTED_IN_PART', 'DENIED', 'WITHOUT_KNOWLEDGE',
                                                             'NO_RESPONSE_REQUIRED', 'NOT_ANSWERED')),
    CONSTRAINT answer_response_span_ck     CHECK ((status = 'NOT_ANSWERED' AND start_offset = -1 AND end_offset = -1)
                                                  OR (start_offset >= 0 AND end_offset > start_offset)),
    CONSTRAINT answer_response_label_ck    CHECK (LENGTH(TRIM(paragraph)) > 0)
);
CREATE INDEX answer_response_complaint_ix ON answer_response (complaint_id, paragraph);

CREATE TABLE affirmative_defense (
    answer_id      BIGINT         NOT NULL,
    ordinal        INT            NOT NULL,
    title          VARCHAR(1000)  NOT NULL,
    start_offset   INT            NOT NULL,
    end_offset     INT            NOT NULL,
    first_page     INT,
    first_line     INT,
    last_page      INT,
    last_line      INT,
    CONSTRAINT affirmative_defense_pk        PRIMARY KEY (answer_id, ordinal),
    CONSTRAINT affirmative_defense_answer_fk FOREIGN KEY (answer_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT affirmative_defense_ord_ck    CHECK (ordinal >= 1),
    CONSTRAINT affirmative_defense_span_ck   CHECK (start_offset >= 0 AND end_offset >= start_offset),
    CONSTRAINT affirmative_defense_title_ck  CHECK (LENGTH(TRIM(title)) > 0)
);
