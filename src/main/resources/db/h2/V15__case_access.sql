-- A laptop store has one user, who owns every case: nothing is enforced here. The same index as the team store's
-- (db/postgres, V15), which also holds that store's row-level security.
CREATE INDEX case_member_role_ix ON case_member (case_id, role);
