-- A team store tells the other windows on it that a case changed (db/postgres, V16). A laptop store has one program
-- on it at a time, so there is nobody to tell: nothing changes here, and both stores keep the same schema version.
SELECT 1;
