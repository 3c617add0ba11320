package org.claimbench.store;

/** {@link RepositoryTest} again, on a fresh database of the tests' PostgreSQL server: the repositories hold there as on H2. */
class PostgresRepositoryTest extends RepositoryTest {

    @Override
    Store openStore() {
        return TestPostgres.freshStore();
    }
}
