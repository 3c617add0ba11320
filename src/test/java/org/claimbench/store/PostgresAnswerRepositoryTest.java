package org.claimbench.store;

/** {@link AnswerRepositoryTest} again, on a fresh database of the tests' PostgreSQL server: an Answer's responses and defenses hold there as on H2. */
class PostgresAnswerRepositoryTest extends AnswerRepositoryTest {

    @Override
    Store openStore() {
        return TestPostgres.freshStore();
    }
}
