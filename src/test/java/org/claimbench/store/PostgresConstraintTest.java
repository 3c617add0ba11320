package org.claimbench.store;

/** {@link ConstraintTest} again, on a fresh database of the tests' PostgreSQL server: the schema's rules hold there as on H2. */
class PostgresConstraintTest extends ConstraintTest {

    @Override
    Store openStore() {
        return TestPostgres.freshStore();
    }
}
