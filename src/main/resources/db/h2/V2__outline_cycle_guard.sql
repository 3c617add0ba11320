-- A node may not be moved below one of its own descendants. The check walks up the
-- tree in Java (org.claimbench.store.OutlineCycleTrigger); this script lives apart from
-- db/migration because code generation reads only the plain DDL there.
CREATE TRIGGER outline_node_no_cycle BEFORE UPDATE ON outline_node
    FOR EACH ROW CALL 'org.claimbench.store.OutlineCycleTrigger';
