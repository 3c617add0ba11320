-- Who may see and change a case: its members, each an owner, an editor or a viewer. On a team store (PostgreSQL)
-- the server enforces it (db/postgres, V15); a laptop store has one user, who owns every case, and only records it.

CREATE TABLE case_member (
    case_id    BIGINT       NOT NULL,
    user_name  VARCHAR(200) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    CONSTRAINT case_member_pk      PRIMARY KEY (case_id, user_name),
    CONSTRAINT case_member_case_fk FOREIGN KEY (case_id) REFERENCES legal_case (id) ON DELETE CASCADE,
    CONSTRAINT case_member_role_ck CHECK (role IN ('OWNER', 'EDITOR', 'VIEWER')),
    CONSTRAINT case_member_user_ck CHECK (LENGTH(TRIM(user_name)) > 0)
);
CREATE INDEX case_member_user_ix ON case_member (user_name);
