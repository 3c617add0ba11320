-- Tells the other ClaimBench windows on a team store that a case changed, so that they show it again (docs/formats.md,
-- "Change notices"). When a transaction that changed a case commits, the server sends a notice on the channel
-- claimbench_change whose text is the case's number, a space, and the application name of the connection that made
-- the change (each ClaimBench program gives its connections a name of its own, and so knows its own notices). The
-- notice says nothing of the case but its number: a listener who is not a member of the case reads no more of it.
-- Identical notices of one transaction reach a listener once.

-- Statement-level, over the rows a statement touched: one notice per case, however many rows an import writes.
-- Arguments: the column naming the case (or the document), and 'case' or 'document'.
CREATE FUNCTION claimbench_notify_rows() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_case BIGINT;
BEGIN
    FOR v_case IN
        SELECT DISTINCT CASE WHEN TG_ARGV[1] = 'document' THEN claimbench_document_case((to_jsonb(r) ->> TG_ARGV[0])::BIGINT)
                             ELSE (to_jsonb(r) ->> TG_ARGV[0])::BIGINT END
        FROM changed_rows r
    LOOP
        IF v_case IS NOT NULL THEN
            PERFORM pg_notify('claimbench_change', v_case || ' ' || current_setting('application_name', TRUE));
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- The case row itself, unless only its bookkeeping changed (when it was last opened, updated, its version): opening
-- a case is not a change the others need to see.
CREATE FUNCTION claimbench_notify_case() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_quiet TEXT[] := ARRAY['opened_at', 'updated_at', 'row_version', 'changed_by', 'changed_at'];
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - v_quiet) = (to_jsonb(NEW) - v_quiet) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('claimbench_change', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END
            || ' ' || current_setting('application_name', TRUE));
    RETURN NULL;
END
$$;

CREATE TRIGGER legal_case_notify AFTER INSERT OR UPDATE OR DELETE ON legal_case
    FOR EACH ROW EXECUTE FUNCTION claimbench_notify_case();

DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('case_member', 'case_id', 'case'),
            ('party', 'case_id', 'case'), ('document', 'case_id', 'case'), ('passage', 'case_id', 'case'),
            ('outline_node', 'case_id', 'case'), ('passage_link', 'case_id', 'case'), ('evidence_item', 'case_id', 'case'),
            ('checklist_entry', 'case_id', 'case'), ('flag_decision', 'case_id', 'case'), ('passage_carry', 'case_id', 'case'),
            ('annotation_pending', 'case_id', 'case'),
            ('line_map', 'document_id', 'document'), ('segment', 'document_id', 'document'),
            ('pleaded_count', 'document_id', 'document'), ('citation', 'document_id', 'document'),
            ('uncertain_word', 'document_id', 'document'), ('text_correction', 'document_id', 'document'),
            ('recognised_word_box', 'document_id', 'document'), ('document_party', 'document_id', 'document'),
            ('answer_response', 'answer_id', 'document'), ('affirmative_defense', 'answer_id', 'document'),
            ('answer_pleaded', 'answer_id', 'document')) AS x(tab, col, kind)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION claimbench_notify_rows(%L, %L)', t.tab || '_notify_add', t.tab, t.col, t.kind);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION claimbench_notify_rows(%L, %L)', t.tab || '_notify_change', t.tab, t.col, t.kind);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION claimbench_notify_rows(%L, %L)', t.tab || '_notify_remove', t.tab, t.col, t.kind);
    END LOOP;
END
$$;
