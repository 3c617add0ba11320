-- A node may not be moved below one of its own descendants: PostgreSQL's form of db/h2/V2__outline_cycle_guard.sql,
-- with the same version and the same refusal. Walking up from the new parent, the node itself must not be met.
CREATE FUNCTION outline_node_no_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    current_id BIGINT := NEW.parent_id;
    depth      INT    := 0;
BEGIN
    WHILE current_id IS NOT NULL AND depth < 100000 LOOP
        IF current_id = NEW.id THEN
            RAISE EXCEPTION 'An outline node cannot be moved under itself or one of its own descendants.'
                USING ERRCODE = '23514';
        END IF;
        SELECT parent_id INTO current_id FROM outline_node WHERE id = current_id;
        depth := depth + 1;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER outline_node_no_cycle BEFORE UPDATE OF parent_id ON outline_node
    FOR EACH ROW EXECUTE FUNCTION outline_node_no_cycle();
