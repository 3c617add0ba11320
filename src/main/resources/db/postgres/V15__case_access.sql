-- Who may see and change a case on a team store, enforced by the server itself (docs/decisions/0011).
--
-- Each ClaimBench user is a PostgreSQL role, a member of the group role claimbench_team, which may read and write
-- the store's tables. Row-level security on every table holding case data then lets a role see only the rows of
-- the cases it is a member of (case_member); a viewer's INSERT, UPDATE or DELETE is refused, an editor's goes
-- through, and only an owner changes the membership or deletes the case. The role that migrates the store owns
-- its tables and is not held back (it is the store's administrator, not a user of it).

-- A case's first member is written while the case row is being inserted, before that row exists.
ALTER TABLE case_member ALTER CONSTRAINT case_member_case_fk DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX case_member_role_ix ON case_member (case_id, role);

-- Cases made before membership: the administrator who migrates owns them, and grants them to the team.
INSERT INTO case_member (case_id, user_name, role)
    SELECT id, current_user, 'OWNER' FROM legal_case ON CONFLICT DO NOTHING;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claimbench_team') THEN
        CREATE ROLE claimbench_team NOLOGIN;
    END IF;
END
$$;

-- The role of a user in a case, or null. It reads the membership as its owner, so that the policies on the
-- membership itself do not ask it again. Volatile: a case's owner written during the same statement is seen.
CREATE FUNCTION claimbench_case_role(p_case BIGINT, p_user TEXT) RETURNS TEXT
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT role FROM case_member WHERE case_id = p_case AND user_name = p_user
$$;

-- The case a document belongs to, for the tables that hang off a document.
CREATE FUNCTION claimbench_document_case(p_document BIGINT) RETURNS BIGINT
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT case_id FROM document WHERE id = p_document
$$;

CREATE FUNCTION claimbench_may_read(p_case BIGINT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SET search_path FROM CURRENT AS $$
    SELECT claimbench_case_role(p_case, current_user) IS NOT NULL
$$;

CREATE FUNCTION claimbench_may_edit(p_case BIGINT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SET search_path FROM CURRENT AS $$
    SELECT COALESCE(claimbench_case_role(p_case, current_user) IN ('OWNER', 'EDITOR'), FALSE)
$$;

CREATE FUNCTION claimbench_may_own(p_case BIGINT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SET search_path FROM CURRENT AS $$
    SELECT COALESCE(claimbench_case_role(p_case, current_user) = 'OWNER', FALSE)
$$;

-- Makes the user who inserts a case its owner. Only for a case that has neither a row nor a member yet; the
-- membership's key to the case is checked at commit, so an owner cannot be written ahead for someone else's case.
CREATE FUNCTION claimbench_make_owner(p_case BIGINT, p_user TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM legal_case WHERE id = p_case) OR EXISTS (SELECT 1 FROM case_member WHERE case_id = p_case) THEN
        RAISE EXCEPTION 'claimbench: case % already has its owner', p_case USING ERRCODE = '42501';
    END IF;
    INSERT INTO case_member (case_id, user_name, role) VALUES (p_case, p_user, 'OWNER');
END
$$;
REVOKE ALL ON FUNCTION claimbench_make_owner(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claimbench_make_owner(BIGINT, TEXT) TO claimbench_team;

CREATE FUNCTION claimbench_new_case() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM claimbench_make_owner(NEW.id, current_user);
    RETURN NEW;
END
$$;

-- Refuses a write to a case row, loudly, unless the user's role in the case allows it. Arguments: the column naming
-- the case (or the document), 'case' or 'document', and the role needed: EDITOR (an owner is one too) or OWNER.
-- The tables' owner (the administrator, and the cascades of a deletion, which run as the owner) is let through.
CREATE FUNCTION claimbench_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_rows   JSONB[];
    v_row    JSONB;
    v_case   BIGINT;
    v_role   TEXT;
BEGIN
    IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        v_rows := ARRAY[to_jsonb(NEW)];
    ELSIF TG_OP = 'UPDATE' THEN
        v_rows := ARRAY[to_jsonb(OLD), to_jsonb(NEW)];
    ELSE
        v_rows := ARRAY[to_jsonb(OLD)];
    END IF;
    FOREACH v_row IN ARRAY v_rows LOOP
        v_case := (v_row ->> TG_ARGV[0])::BIGINT;
        IF TG_ARGV[1] = 'document' THEN
            v_case := claimbench_document_case(v_case);
        END IF;
        v_role := claimbench_case_role(v_case, current_user);
        IF v_role IS NULL THEN
            RAISE EXCEPTION 'claimbench: not a member: % is not a member of case %', current_user, v_case
                USING ERRCODE = '42501';
        ELSIF TG_ARGV[2] = 'OWNER' AND v_role <> 'OWNER' THEN
            RAISE EXCEPTION 'claimbench: owner only: % is not an owner of case % (%)', current_user, v_case, TG_TABLE_NAME
                USING ERRCODE = '42501';
        ELSIF v_role = 'VIEWER' THEN
            RAISE EXCEPTION 'claimbench: read only: % may only read case % (%)', current_user, v_case, TG_TABLE_NAME
                USING ERRCODE = '42501';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The case itself: anyone of the team may make one (and owns it); an editor changes it; an owner deletes it.
ALTER TABLE legal_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_case_read ON legal_case FOR SELECT USING (claimbench_may_read(id));
CREATE POLICY legal_case_add ON legal_case FOR INSERT WITH CHECK (TRUE);
CREATE POLICY legal_case_change ON legal_case FOR UPDATE USING (claimbench_may_read(id)) WITH CHECK (claimbench_may_edit(id));
CREATE POLICY legal_case_remove ON legal_case FOR DELETE USING (claimbench_may_read(id));
CREATE TRIGGER legal_case_owner BEFORE INSERT ON legal_case FOR EACH ROW EXECUTE FUNCTION claimbench_new_case();
CREATE TRIGGER legal_case_guard_change BEFORE UPDATE ON legal_case
    FOR EACH ROW EXECUTE FUNCTION claimbench_guard('id', 'case', 'EDITOR');
GRANT SELECT, INSERT, UPDATE, DELETE ON legal_case TO claimbench_team;

-- The membership: the members of a case see one another; only an owner adds, changes or removes one.
ALTER TABLE case_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_member_read ON case_member FOR SELECT USING (claimbench_may_read(case_id));
CREATE POLICY case_member_add ON case_member FOR INSERT WITH CHECK (claimbench_may_own(case_id));
CREATE POLICY case_member_change ON case_member FOR UPDATE USING (claimbench_may_read(case_id)) WITH CHECK (claimbench_may_own(case_id));
CREATE POLICY case_member_remove ON case_member FOR DELETE USING (claimbench_may_read(case_id));
CREATE TRIGGER case_member_guard BEFORE INSERT OR UPDATE OR DELETE ON case_member
    FOR EACH ROW EXECUTE FUNCTION claimbench_guard('case_id', 'case', 'OWNER');
GRANT SELECT, INSERT, UPDATE, DELETE ON case_member TO claimbench_team;

-- Every other table of case data: read by a member, written by an editor or owner. Deletion is allowed by the
-- policy to every member so that a viewer's is refused out loud by the guard rather than skipped without a word.
DO $$
DECLARE
    t      RECORD;
    v_case TEXT;
    v_read TEXT;
BEGIN
    FOR t IN SELECT * FROM (VALUES
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
        v_case := CASE t.kind WHEN 'case' THEN quote_ident(t.col) ELSE format('claimbench_document_case(%I)', t.col) END;
        -- reading is set against the user's cases (or the documents they may see) once per query, not per row
        v_read := CASE t.kind
            WHEN 'case' THEN format('%I IN (SELECT m.case_id FROM case_member m WHERE m.user_name = current_user)', t.col)
            ELSE format('%I IN (SELECT d.id FROM document d)', t.col) END;
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tab);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', t.tab || '_read', t.tab, v_read);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (claimbench_may_edit(%s))', t.tab || '_add', t.tab, v_case);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK (claimbench_may_edit(%s))',
                t.tab || '_change', t.tab, v_read, v_case);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', t.tab || '_remove', t.tab, v_read);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION claimbench_guard(%L, %L, %L)',
                t.tab || '_guard', t.tab, t.col, t.kind, 'EDITOR');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO claimbench_team', t.tab);
    END LOOP;
END
$$;

-- The legal_case DELETE guard: only an owner deletes a case (its rows go with it, as the tables' owner).
CREATE TRIGGER legal_case_guard_remove BEFORE DELETE ON legal_case
    FOR EACH ROW EXECUTE FUNCTION claimbench_guard('id', 'case', 'OWNER');

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO claimbench_team', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO claimbench_team', current_schema());
END
$$;
GRANT SELECT ON "flyway_schema_history" TO claimbench_team;

-- The activity log: written by the server as rows are added, changed or removed, in the name of the user who did it.
-- Members read their cases' log; a user may add to it only in their own name and in a case they may edit (which is
-- what the triggers do), and nobody but the administrator changes or removes an entry.
ALTER TABLE activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_read ON activity FOR SELECT USING (claimbench_may_read(case_id));
CREATE POLICY activity_add ON activity FOR INSERT WITH CHECK (user_name = current_user AND claimbench_may_edit(case_id));
GRANT SELECT, INSERT ON activity TO claimbench_team;

-- Arguments: the kind of row in words, and the column that describes it. A change of bookkeeping alone (when the
-- case was opened, versions) is not logged; nor is anything once its case is gone (a case's deletion takes its
-- log with it).
CREATE FUNCTION claimbench_log() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_row    JSONB;
    v_case   BIGINT;
    v_action TEXT;
    v_quiet  TEXT[] := ARRAY['opened_at', 'updated_at', 'row_version', 'changed_by', 'changed_at'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        v_row := to_jsonb(OLD);
        v_action := 'REMOVED';
    ELSE
        v_row := to_jsonb(NEW);
        v_action := CASE TG_OP WHEN 'INSERT' THEN 'ADDED' ELSE 'CHANGED' END;
        IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - v_quiet) = (v_row - v_quiet) THEN
            RETURN NULL;
        END IF;
    END IF;
    v_case := CASE WHEN TG_TABLE_NAME = 'legal_case' THEN (v_row ->> 'id')::BIGINT ELSE (v_row ->> 'case_id')::BIGINT END;
    IF NOT EXISTS (SELECT 1 FROM legal_case WHERE id = v_case) THEN
        RETURN NULL;
    END IF;
    INSERT INTO activity (case_id, happened_at, user_name, row_kind, row_id, action, description)
        VALUES (v_case, clock_timestamp(), current_user, TG_ARGV[0], (v_row ->> 'id')::BIGINT, v_action,
                left(regexp_replace(v_row ->> TG_ARGV[1], '\s+', ' ', 'g'), 200));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('legal_case', 'case', 'title'), ('document', 'document', 'title'), ('outline_node', 'outline node', 'title'),
            ('passage', 'highlight', 'quote'), ('passage_link', 'link', 'role'), ('evidence_item', 'evidence item', 'description'),
            ('checklist_entry', 'checklist entry', 'status'), ('flag_decision', 'flag decision', 'verdict')) AS x(tab, kind, col)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION claimbench_log(%L, %L)',
                t.tab || '_log', t.tab, t.kind, t.col);
    END LOOP;
END
$$;
